import { emotionSwatch } from "@kundresa/shared";

/** How far the mouth's quadratic control point sits below its corners: a frown (−) to a smile (+). */
const MOUTH_CURVE: Record<number, number> = { [-2]: -4.4, [-1]: -2.2, 0: 0, 1: 2.6, 2: 5 };

/**
 * A small face for an emotion score, coloured like the canvas's emotion curve; `undefined` draws the
 * dashed "not rated" face. Decorative: the surrounding control names the score in words.
 */
export function EmotionFace({ emotion, size = 20 }: { emotion: number | undefined; size?: number }) {
  if (emotion === undefined) {
    return (
      <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2.4 2.2" />
        <path d="M7 10.5h6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    );
  }
  const swatch = emotionSwatch(emotion);
  const curve = MOUTH_CURVE[emotion] ?? 0;
  const mouthY = emotion < 0 ? 13.6 : 11.8;
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.2" fill={swatch.tint} stroke={swatch.color} strokeWidth="1.5" />
      <circle cx="7.2" cy="8" r="1.1" fill={swatch.ink} />
      <circle cx="12.8" cy="8" r="1.1" fill={swatch.ink} />
      <path
        d={`M6.4 ${mouthY} Q10 ${mouthY + curve} 13.6 ${mouthY}`}
        fill="none"
        stroke={swatch.ink}
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  );
}
