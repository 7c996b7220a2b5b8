import { formatNumber as n } from "../layout/pathData";
import { el, wrap } from "./elements";
import { CRITICAL_COLORS, emotionSwatch } from "./palette";

/** A five-pointed star centred on (cx, cy): the business-critical mark. */
export function starMark(cx: number, cy: number, radius: number): string {
  const points: string[] = [];
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? radius : radius * 0.45;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    points.push(`${n(cx + r * Math.cos(angle))},${n(cy + r * Math.sin(angle))}`);
  }
  return el("polygon", {
    points: points.join(" "),
    fill: CRITICAL_COLORS.color,
    stroke: CRITICAL_COLORS.ink,
    "stroke-width": 0.9,
    "stroke-linejoin": "round",
  });
}

/** A small face whose mouth bends with the emotion (−2 frown … +2 smile), in the emotion's colour. */
export function emotionFace(cx: number, cy: number, radius: number, emotion: number): string {
  const swatch = emotionSwatch(emotion);
  const eyeY = cy - radius * 0.25;
  const eyeDx = radius * 0.36;
  const mouthY = cy + radius * 0.3;
  const mouthHalf = radius * 0.45;
  const bend = emotion * radius * 0.2;
  return wrap(
    "g",
    { "data-emotion": String(emotion) },
    el("circle", { cx, cy, r: radius, fill: swatch.tint, stroke: swatch.color, "stroke-width": 1.4 }) +
      el("circle", { cx: cx - eyeDx, cy: eyeY, r: radius * 0.12, fill: swatch.ink }) +
      el("circle", { cx: cx + eyeDx, cy: eyeY, r: radius * 0.12, fill: swatch.ink }) +
      el("path", {
        d: `M${n(cx - mouthHalf)} ${n(mouthY)} Q${n(cx)} ${n(mouthY + bend)} ${n(cx + mouthHalf)} ${n(mouthY)}`,
        fill: "none",
        stroke: swatch.ink,
        "stroke-width": 1.3,
        "stroke-linecap": "round",
      }),
  );
}
