import { TEMPLATES, templateById, type JourneyTemplate } from "@kundresa/shared";
import { useConnectionState } from "../collab/connectionState";
import { openLocalSession } from "../collab/mapSession";
import { useI18n } from "../i18n/i18n";
import { Editor, useSession } from "./EditorPage";
import { FullPageMessage } from "./FullPageMessage";

// Its own module so that production bundles, which never route here, carry no templates in the editor.
/** `/local/:templateId` (dev builds only): a template in a document that lives only in this tab. */
export function LocalEditorPage({ templateId }: { templateId: string }) {
  const { t } = useI18n();
  const template = templateById(templateId);
  const session = useSession(
    () => openLocalSession(`local-${templateId}`, (template ?? (TEMPLATES[0] as JourneyTemplate)).build()),
    [templateId],
  );
  const status = useConnectionState(session);
  const readOnly = new URLSearchParams(location.search).has("view");
  if (!template) return <FullPageMessage title={t("notFound.title")} />;
  if (!session) return null;
  return <Editor session={session} status={status} readOnly={readOnly} tokens={{}} />;
}
