/** The id of the `<metadata>` element that carries the journey JSON. */
export const JOURNEY_METADATA_ID = "kundresa-journey";

const CDATA_OPEN = "<![CDATA[";
const CDATA_CLOSE = "]]>";
const OPENING_TAG = new RegExp(`<metadata\\b[^>]*\\bid\\s*=\\s*["']${JOURNEY_METADATA_ID}["'][^>]*>`);

/**
 * Text inside CDATA sections: `]]>` cannot appear in one, so it is split across two
 * (`]]` + `]]><![CDATA[` + `>`). U+FFFE/U+FFFF are not XML characters; in JSON text they can only
 * sit inside strings, where the `\uFFFE` escape means the same.
 */
export function cdata(content: string): string {
  const safe = /[\uFFFE\uFFFF]/.test(content)
    ? content.replace(/[\uFFFE\uFFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`)
    : content;
  return `${CDATA_OPEN}${safe.split(CDATA_CLOSE).join(`]]${CDATA_CLOSE}${CDATA_OPEN}>`)}${CDATA_CLOSE}`;
}

/** `<metadata id="kundresa-journey">` holding `json`. */
export function journeyMetadata(json: string): string {
  return `<metadata id="${JOURNEY_METADATA_ID}" data-format="kundresa.journey-map">${cdata(json)}</metadata>`;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeText(raw: string): string {
  return raw.replace(
    ENTITY,
    (_match, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] as string;
      const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal as string, 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    },
  );
}

/**
 * The journey JSON an exported SVG carries in its `<metadata id="kundresa-journey">`, or
 * `undefined` when it has none. Reads CDATA sections (split ones joined again) and plain escaped
 * text, so a file an editor re-saved with the JSON entity-escaped still opens. The result is not
 * checked: pass it to `importJourney`.
 */
export function extractJourneyFromSvg(svgText: string): string | undefined {
  const opening = OPENING_TAG.exec(svgText);
  if (!opening || opening[0].endsWith("/>")) return undefined;
  let index = opening.index + opening[0].length;
  const parts: string[] = [];
  for (;;) {
    if (svgText.startsWith(CDATA_OPEN, index)) {
      const end = svgText.indexOf(CDATA_CLOSE, index + CDATA_OPEN.length);
      if (end < 0) return undefined;
      parts.push(svgText.slice(index + CDATA_OPEN.length, end));
      index = end + CDATA_CLOSE.length;
      continue;
    }
    const next = svgText.indexOf("<", index);
    if (next < 0) return undefined;
    parts.push(decodeText(svgText.slice(index, next)));
    index = next;
    if (svgText.startsWith("</", index)) break;
    if (!svgText.startsWith(CDATA_OPEN, index)) return undefined; // an element where only text belongs
  }
  const json = parts.join("");
  return json.trim() === "" ? undefined : json;
}
