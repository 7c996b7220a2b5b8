import { EMOTIONS, IT_SUPPORT_LEVELS, type ItSupport, type Locale } from "@kundresa/shared";
import type { MessageKey } from "../../i18n/messages";
import type { SegmentOption } from "../controls/SegmentedControl";
import { itSupportShortName, type Translate } from "../panelText";
import { EmotionFace } from "./EmotionFace";

/** Colours of an IT-support level, as CSS variables from the design tokens. */
export function itSupportColors(level: ItSupport): { color: string; tint: string; ink: string } {
  return { color: `var(--it-${level})`, tint: `var(--it-${level}-tint)`, ink: `var(--it-${level}-ink)` };
}

export function itSupportOptions(locale: Locale): SegmentOption<ItSupport>[] {
  return IT_SUPPORT_LEVELS.map((level) => ({
    value: level,
    label: itSupportShortName(level, locale),
    icon: <span className="inspector-it-dot" style={{ background: `var(--it-${level})` }} aria-hidden="true" />,
    ...itSupportColors(level),
  }));
}

const EMOTION_NAMES: Record<string, MessageKey> = {
  "-2": "panels.emotion.-2",
  "-1": "panels.emotion.-1",
  "0": "panels.emotion.0",
  "1": "panels.emotion.1",
  "2": "panels.emotion.2",
};

/** "Very negative" … "Very positive", or "Not rated". */
export function emotionName(emotion: number | undefined, t: Translate): string {
  const key = emotion === undefined ? undefined : EMOTION_NAMES[String(emotion)];
  return key ? t(key) : t("panels.emotion.unrated");
}

/** The segmented control's values: the score as text, "unrated" for none. */
export type EmotionValue = "unrated" | `${(typeof EMOTIONS)[number]}`;

export function emotionOptions(t: Translate): SegmentOption<EmotionValue>[] {
  return [
    { value: "unrated", label: emotionName(undefined, t), icon: <EmotionFace emotion={undefined} /> },
    ...EMOTIONS.map((emotion) => ({
      value: `${emotion}` as EmotionValue,
      label: emotionName(emotion, t),
      icon: <EmotionFace emotion={emotion} />,
    })),
  ];
}
