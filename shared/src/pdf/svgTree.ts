/** An element of a parsed SVG: its name, attributes and children in document order. */
export interface SvgElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: SvgNode[];
}

export type SvgNode = SvgElement | string;

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(
    ENTITY,
    (_match, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? "";
      const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal ?? "", 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    },
  );
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    attributes.set(match[1] as string, decodeEntities(match[2] ?? match[3] ?? ""));
  }
  return attributes;
}

/**
 * The root element of an SVG document. A small, linear XML reader for what `renderJourneySvg` (or
 * a tool that re-saved its output) writes: elements, attributes, text, entities, CDATA, comments
 * and processing instructions. Throws on markup that does not nest, rather than drawing half a map.
 */
export function parseSvg(source: string): SvgElement {
  const root: SvgElement = { name: "#document", attributes: new Map(), children: [] };
  const stack: SvgElement[] = [root];
  let index = 0;
  const top = (): SvgElement => stack[stack.length - 1] ?? root;
  while (index < source.length) {
    const open = source.indexOf("<", index);
    const textEnd = open < 0 ? source.length : open;
    if (textEnd > index) top().children.push(decodeEntities(source.slice(index, textEnd)));
    if (open < 0) break;
    if (source.startsWith("<!--", open)) {
      const end = source.indexOf("-->", open + 4);
      index = end < 0 ? source.length : end + 3;
    } else if (source.startsWith("<![CDATA[", open)) {
      const end = source.indexOf("]]>", open + 9);
      top().children.push(source.slice(open + 9, end < 0 ? source.length : end));
      index = end < 0 ? source.length : end + 3;
    } else if (source.startsWith("<?", open) || source.startsWith("<!", open)) {
      const end = source.indexOf(">", open);
      index = end < 0 ? source.length : end + 1;
    } else if (source.startsWith("</", open)) {
      const end = source.indexOf(">", open);
      const name = source.slice(open + 2, end < 0 ? source.length : end).trim();
      if (stack.length <= 1 || top().name !== name) throw new Error(`SVG: </${name}> closes nothing open`);
      stack.pop();
      index = end < 0 ? source.length : end + 1;
    } else {
      const end = tagEnd(source, open);
      const selfClosing = source[end - 1] === "/";
      const inner = source.slice(open + 1, selfClosing ? end - 1 : end);
      const nameEnd = inner.search(/[\s/>]|$/);
      const element: SvgElement = {
        name: inner.slice(0, nameEnd),
        attributes: parseAttributes(inner.slice(nameEnd)),
        children: [],
      };
      top().children.push(element);
      if (!selfClosing) stack.push(element);
      index = end + 1;
    }
  }
  if (stack.length > 1) throw new Error(`SVG: <${top().name}> is never closed`);
  const svg = root.children.find((node): node is SvgElement => typeof node !== "string" && node.name === "svg");
  if (!svg) throw new Error("SVG: no <svg> root element");
  return svg;
}

/** The `>` that ends the tag opening at `open`, skipping any inside quoted attribute values. */
function tagEnd(source: string, open: number): number {
  let quote: string | undefined;
  for (let index = open + 1; index < source.length; index++) {
    const char = source[index];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return index;
  }
  throw new Error("SVG: a tag is never closed");
}

/** Every element with an `id`, for `url(#id)` references to markers and patterns. */
export function elementsById(root: SvgElement): Map<string, SvgElement> {
  const byId = new Map<string, SvgElement>();
  const visit = (element: SvgElement): void => {
    const id = element.attributes.get("id");
    if (id !== undefined && !byId.has(id)) byId.set(id, element);
    for (const child of element.children) if (typeof child !== "string") visit(child);
  };
  visit(root);
  return byId;
}

/** The text an element holds, children's included, in document order. */
export function textContent(element: SvgElement): string {
  return element.children.map((child) => (typeof child === "string" ? child : textContent(child))).join("");
}
