/**
 * The UI's words in both languages, one file per feature under `messages/` (so people working on
 * different features do not edit the same file). Each feature file exports `en` and `sv`, with `sv`
 * typed against `en`: a missing Swedish string is a type error, not a blank button. Keys are prefixed
 * by feature (`panels.inspector.title`). Catalogue names (phases, channels, IT-support levels) come
 * from @kundresa/shared's catalogue, which carries both languages.
 */
import * as app from "./messages/app";
import * as canvas from "./messages/canvas";
import * as editor from "./messages/editor";
import * as start from "./messages/start";
import * as panels from "./messages/panels";
import * as loading from "./messages/loading";
import * as repair from "./messages/repair";
import * as comments from "./messages/comments";
import * as voting from "./messages/voting";
import * as follow from "./messages/follow";
import * as timer from "./messages/timer";
import * as pdf from "./messages/pdf";
import * as history from "./messages/history";

export const en = {
  ...app.en,
  ...start.en,
  ...editor.en,
  ...canvas.en,
  ...panels.en,
  ...loading.en,
  ...repair.en,
  ...comments.en,
  ...voting.en,
  ...follow.en,
  ...timer.en,
  ...pdf.en,
  ...history.en,
} as const;

export type MessageKey = keyof typeof en;

export const sv: Record<MessageKey, string> = {
  ...app.sv,
  ...start.sv,
  ...editor.sv,
  ...canvas.sv,
  ...panels.sv,
  ...loading.sv,
  ...repair.sv,
  ...comments.sv,
  ...voting.sv,
  ...follow.sv,
  ...timer.sv,
  ...pdf.sv,
  ...history.sv,
};
