import { emotionSwatch } from "@kundresa/shared";

/**
 * A face for an emotion −2…+2, drawn rather than an emoji so it looks the same on every system and
 * in every font. `cx`/`cy` place it inside an SVG; the mouth's bend carries the value.
 */
export function EmotionFaceShape({ emotion, cx, cy, r }: { emotion: number; cx: number; cy: number; r: number }) {
  const swatch = emotionSwatch(emotion);
  const bend = (emotion / 2) * r * 0.45;
  const mouthY = cy + r * 0.3;
  const half = r * 0.42;
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} fill={swatch.tint} stroke={swatch.color} strokeWidth={1.4} />
      <circle cx={cx - r * 0.35} cy={cy - r * 0.22} r={r * 0.11} fill={swatch.ink} />
      <circle cx={cx + r * 0.35} cy={cy - r * 0.22} r={r * 0.11} fill={swatch.ink} />
      <path
        d={`M ${cx - half} ${mouthY - bend / 2} Q ${cx} ${mouthY + bend} ${cx + half} ${mouthY - bend / 2}`}
        fill="none"
        stroke={swatch.ink}
        strokeWidth={1.4}
        strokeLinecap="round"
      />
    </g>
  );
}

/** The face as an inline icon with an accessible name. */
export function EmotionFace({ emotion, label, size = 18 }: { emotion: number; label: string; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" role="img" aria-label={label}>
      <EmotionFaceShape emotion={emotion} cx={10} cy={10} r={8.5} />
    </svg>
  );
}
