import type { Category, ItSupport, Phase } from "../format/enums";

/**
 * Kundresa's colours, shared by the SVG export and the web app so a printed map and the editor look
 * alike. Each hue has a strong `color` (marks, bars, lines), a light `tint` (fills behind text) and
 * a dark `ink` (text on the tint, at least 4.5:1 contrast).
 */
export interface Swatch {
  color: string;
  tint: string;
  ink: string;
}

/** Neutrals (Tailwind's slate scale): text, rules and surfaces. */
export const NEUTRAL = {
  ink: "#0F172A",
  text: "#334155",
  muted: "#64748B",
  subtle: "#94A3B8",
  rule: "#CBD5E1",
  hairline: "#E2E8F0",
  surface: "#FFFFFF",
  canvas: "#F6F7FB",
  well: "#F1F5F9",
} as const;

/** Channel categories, four distinct hues; teal for service keeps it apart from "integrated" green. */
export const CATEGORY_COLORS: Readonly<Record<Category, Swatch>> = {
  marketing: { color: "#7C3AED", tint: "#F3EEFF", ink: "#5B21B6" },
  sales: { color: "#2563EB", tint: "#EAF1FF", ink: "#1D4ED8" },
  service: { color: "#0D9488", tint: "#E6F6F4", ink: "#0F766E" },
  communication: { color: "#EA580C", tint: "#FFF1E7", ink: "#C2410C" },
};

/** The trailing lane of touchpoints without a known channel. */
export const NO_CHANNEL_COLORS: Swatch = { color: "#64748B", tint: "#F1F5F9", ink: "#475569" };

/** IT-support levels: a traffic light, and grey for "not assessed". */
export const IT_SUPPORT_COLORS: Readonly<Record<ItSupport, Swatch>> = {
  integrated: { color: "#16A34A", tint: "#E8F7EE", ink: "#15803D" },
  standalone: { color: "#D97706", tint: "#FEF3E2", ink: "#B45309" },
  none: { color: "#DC2626", tint: "#FDECEC", ink: "#B91C1C" },
  unknown: { color: "#94A3B8", tint: "#F1F5F9", ink: "#64748B" },
};

/** Phase bands: quiet, cool tints so the category colours carry the grid. */
export const PHASE_COLORS: Readonly<Record<Phase, Swatch>> = {
  before: { color: "#6366F1", tint: "#EEF0FF", ink: "#3730A3" },
  during: { color: "#0891B2", tint: "#E6F6FA", ink: "#155E75" },
  after: { color: "#0F766E", tint: "#E7F5F2", ink: "#134E4A" },
};

/** The customer's emotion, −2 … +2, red through grey to green; index with `emotion + 2`. */
export const EMOTION_COLORS: readonly Swatch[] = [
  { color: "#DC2626", tint: "#FDECEC", ink: "#B91C1C" },
  { color: "#F97316", tint: "#FFF1E7", ink: "#C2410C" },
  { color: "#94A3B8", tint: "#F1F5F9", ink: "#475569" },
  { color: "#65A30D", tint: "#F0F8E4", ink: "#4D7C0F" },
  { color: "#16A34A", tint: "#E8F7EE", ink: "#15803D" },
];

/** The emotion curve itself. */
export const EMOTION_CURVE_COLOR = "#4F46E5";

/** The business-critical star. */
export const CRITICAL_COLORS: Swatch = { color: "#F5B301", tint: "#FFF8DB", ink: "#8A5A00" };

/** A coverage gap: a required category with no touchpoint in a phase; also validation errors. */
export const GAP_COLORS: Swatch = { color: "#DC2626", tint: "#FEF2F2", ink: "#B91C1C" };

/** Validation warnings marked on cards. */
export const WARNING_COLORS: Swatch = { color: "#D97706", tint: "#FEF3E2", ink: "#B45309" };

/** The customer's path and the re-purchase loop. */
export const EDGE_COLORS = { path: "#64748B", loop: "#7C3AED" } as const;

export function emotionSwatch(emotion: number): Swatch {
  const index = Math.max(0, Math.min(4, Math.round(emotion) + 2));
  return EMOTION_COLORS[index] as Swatch;
}
