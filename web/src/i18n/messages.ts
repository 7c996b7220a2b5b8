/**
 * The UI's words in both languages, one file per feature under `messages/` (so people working on
 * different features do not edit the same file). Each feature file exports `en` and `sv`, with `sv`
 * typed against `en`: a missing Swedish string is a type error, not a blank button. Keys are prefixed
 * by feature (`panels.inspector.title`). Catalogue names (phases, channels, IT-support levels) come
 * from @kundresa/shared's catalogue, which carries both languages.
 *
 * The files below ship with the editor's first chunk. The words of parts that load on first use
 * (the start page, the stage, channel and map tabs, the repair view, comments, the vote, presenter mode, the PDF
 * and history dialogs, the timer's start popover, the IT-support grid) load with them:
 * each such part calls `registerMessages` with its file when it loads, so the first paint does not
 * carry them. Their keys are still `MessageKey`s, checked by the compiler like every other.
 */
import * as app from "./messages/app";
import * as canvas from "./messages/canvas";
import * as editor from "./messages/editor";
import * as panels from "./messages/panels";
import * as loading from "./messages/loading";
import * as follow from "./messages/follow";
import * as timer from "./messages/timer";
import * as facilitation from "./messages/facilitation";
// Types only: these files load with their parts, not with this module.
import type * as start from "./messages/start";
import type * as repair from "./messages/repair";
import type * as comments from "./messages/comments";
import type * as voting from "./messages/voting";
import type * as presenter from "./messages/presenter";
import type * as pdf from "./messages/pdf";
import type * as history from "./messages/history";
import type * as stagePanel from "./messages/stagePanel";
import type * as channelPanel from "./messages/channelPanel";
import type * as settingsPanel from "./messages/settingsPanel";
import type * as timerPopover from "./messages/timerPopover";
import type * as itSupportMatrix from "./messages/itSupportMatrix";

export const en = {
  ...app.en,
  ...editor.en,
  ...canvas.en,
  ...panels.en,
  ...loading.en,
  ...follow.en,
  ...timer.en,
  ...facilitation.en,
} as const;

type LoadedLater =
  | typeof start
  | typeof repair
  | typeof comments
  | typeof voting
  | typeof presenter
  | typeof pdf
  | typeof history
  | typeof stagePanel
  | typeof channelPanel
  | typeof settingsPanel
  | typeof timerPopover
  | typeof itSupportMatrix;

/** Every key of each file (a union's `keyof` would keep only the keys all files share). */
type KeysOf<File> = File extends { en: infer Words } ? keyof Words : never;

export type MessageKey = keyof typeof en | KeysOf<LoadedLater>;

/** A feature's message file, as `registerMessages` takes it. */
export interface MessageFile<K extends string> {
  en: Record<K, string>;
  sv: Record<K, string>;
}

export const sv: Record<keyof typeof en, string> = {
  ...app.sv,
  ...editor.sv,
  ...canvas.sv,
  ...panels.sv,
  ...loading.sv,
  ...follow.sv,
  ...timer.sv,
  ...facilitation.sv,
};
