/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE/U+FFFF) and unpaired
 * surrogates: the map's text may hold them (JSON allows them), the SVG must not, or it stops parsing.
 */
/* eslint-disable no-control-regex -- matching the control characters XML forbids is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const SPECIAL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * `text` without the characters XML cannot hold. They are dropped, not replaced by U+FFFD: none of
 * them draws anything, and parsers warn about U+FFFD as a sign of broken encoding. The embedded
 * journey JSON keeps them, escaped.
 */
export function xmlSafe(text: string): string {
  NOT_XML.lastIndex = 0;
  return NOT_XML.test(text) ? text.replace(NOT_XML, "") : text;
}

/** Text safe inside an element or a double- or single-quoted attribute. One pass, no work when clean. */
export function escapeXml(text: string): string {
  const safe = xmlSafe(text);
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(safe) ? safe.replace(SPECIAL, (char) => ENTITIES[char] as string) : safe;
}
