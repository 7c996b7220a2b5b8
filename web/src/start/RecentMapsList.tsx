import { useId } from "react";
import { Link, editorPath } from "../app/router";
import { useI18n } from "../i18n/i18n";
import { useRecentMaps } from "./recentMaps";
import { registerMessages } from "../i18n/i18n";
import * as startMessages from "../i18n/messages/start";

// The start page is a route of its own, and its words come with it (see i18n/messages.ts).
registerMessages(startMessages);

/** Maps opened on this device, newest first, each opening with the best token known. */
export function RecentMapsList() {
  const { t, locale } = useI18n();
  const { maps, forget } = useRecentMaps();
  const headingId = useId();
  const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });

  return (
    <section className="RecentMaps" aria-labelledby={headingId}>
      <h2 id={headingId} className="StartPage-sectionTitle">
        {t("start.recent.title")}
      </h2>
      {maps.length === 0 ? (
        <p className="RecentMaps-empty">{t("start.recent.empty")}</p>
      ) : (
        <ul className="RecentMaps-list">
          {maps.map((map) => {
            const token = map.editToken ?? map.viewToken;
            const title = map.title.trim() === "" ? t("start.recent.untitled") : map.title;
            return (
              <li key={map.id} className="RecentMaps-item">
                {token ? (
                  <Link className="RecentMaps-open" href={editorPath(map.id, token)}>
                    <span className="RecentMaps-title">{title}</span>
                    <span className="RecentMaps-meta">
                      {map.editToken ? t("start.recent.canEdit") : t("start.recent.viewOnly")} ·{" "}
                      {format.format(map.lastOpened)}
                    </span>
                  </Link>
                ) : (
                  <span className="RecentMaps-title">{title}</span>
                )}
                <button
                  type="button"
                  className="IconButton RecentMaps-forget"
                  aria-label={t("start.recent.forget", { title })}
                  title={t("start.recent.forget", { title })}
                  onClick={() => forget(map.id)}
                >
                  <svg viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M4 4l8 8M12 4l-8 8" />
                  </svg>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
