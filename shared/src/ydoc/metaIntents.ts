import type * as Y from "yjs";
import type { Coverage } from "../format/journeyMap";
import type { Market } from "../format/enums";
import { parsePatch } from "./intentInput";
import { journeyRoots } from "./layout";
import { META_FIELD_SCHEMAS } from "./parseMeta";
import { updateEntry } from "./writeFields";

export interface MetaPatch {
  title?: string;
  description?: string;
  /** `null` clears the market (shown as unset). */
  market?: Market | null;
  coverage?: Coverage;
}

/**
 * Sets the map's title, description, market or required coverage: only the fields `patch` names and
 * whose value differs, in one transaction. Throws, writing nothing, on an invalid value (a coverage
 * naming a category twice in a phase included).
 */
export function setMeta(doc: Y.Doc, patch: MetaPatch, origin?: unknown): void {
  const fields = parsePatch(META_FIELD_SCHEMAS, patch, "setMeta: the patch", ["market"]);
  const { meta } = journeyRoots(doc);
  doc.transact(() => updateEntry(meta, fields, { removeOthers: false }), origin);
}
