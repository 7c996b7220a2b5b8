import { formatNumber as n } from "../layout/pathData";
import { escapeXml } from "./escape";

/** Attribute values: numbers formatted for byte-stable output, strings escaped, `undefined` left out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

function attributeText(attributes: Attributes): string {
  let out = "";
  for (const key in attributes) {
    const value = attributes[key];
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === "number" ? n(value) : escapeXml(value)}"`;
  }
  return out;
}

/** A childless element. */
export function el(name: string, attributes: Attributes): string {
  return `<${name}${attributeText(attributes)}/>`;
}

/** An element around already-built markup. */
export function wrap(name: string, attributes: Attributes, children: string): string {
  return `<${name}${attributeText(attributes)}>${children}</${name}>`;
}

/** A `<text>` element around plain text, which is escaped here. */
export function text(attributes: Attributes, content: string): string {
  return `<text${attributeText(attributes)}>${escapeXml(content)}</text>`;
}

/** A `<title>`: the tooltip and accessible name of its parent, and the full text of what is cut short. */
export function tooltip(content: string): string {
  return `<title>${escapeXml(content)}</title>`;
}
