import type { Locale, VersionInfo } from "@kundresa/shared";
import type { Translate } from "../i18n/i18n";
import { registerMessages } from "../i18n/i18n";
import * as historyMessages from "../i18n/messages/history";

// This part loads on first use, and its words with it (see i18n/messages.ts).
registerMessages(historyMessages);

/** What a version is called in the list and the dialog: its name, or "Automatic". */
export function versionName(version: VersionInfo, t: Translate): string {
  return version.kind === "named" ? version.name : t("history.kind.auto");
}

/** "Today, 14:05" for today's versions (most of a workshop's), else the date with the time. */
export function versionTime(version: VersionInfo, locale: Locale, t: Translate, now = new Date()): string {
  const at = new Date(version.createdAt);
  const tag = locale === "sv" ? "sv-SE" : "en-GB";
  const time = new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit" }).format(at);
  if (at.toDateString() === now.toDateString()) return t("history.today", { time });
  return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }).format(at);
}

export function touchpointCount(count: number, t: Translate): string {
  return count === 1 ? t("history.touchpointsOne") : t("history.touchpoints", { count });
}
