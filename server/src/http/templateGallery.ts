import { TEMPLATES, exportJourney, renderJourneySvg } from "@kundresa/shared";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The start page until the editor lands: what Kundresa is, and the starter templates rendered by
 * the same SVG exporter the editor will use, each downloadable as SVG or `.journey.json`.
 */
export function templateGalleryPage(): string {
  const cards = TEMPLATES.map(
    (template) => `
      <article>
        <h2>${escapeHtml(template.name.en)} <span lang="sv">· ${escapeHtml(template.name.sv)}</span></h2>
        <p>${escapeHtml(template.summary.en)}</p>
        <a class="preview" href="/templates/${encodeURIComponent(template.id)}.svg">
          <img src="/templates/${encodeURIComponent(template.id)}.svg" alt="Journey map: ${escapeHtml(template.name.en)}" loading="lazy">
        </a>
        <p class="links">
          <a href="/templates/${encodeURIComponent(template.id)}.svg" download>SVG</a>
          <a href="/templates/${encodeURIComponent(template.id)}.journey.json" download>.journey.json</a>
        </p>
      </article>`,
  ).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kundresa</title>
<style>
  :root { font-family: Inter, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2433; background: #f6f7fb; }
  body { margin: 0; }
  header { padding: 32px 48px 8px; }
  h1 { margin: 0; font-size: 28px; letter-spacing: -0.02em; }
  header p { max-width: 60ch; color: #4a5168; line-height: 1.5; }
  .notice { display: inline-block; background: #fff6e0; border: 1px solid #f0d48a; border-radius: 8px; padding: 8px 12px; color: #6b4e00; }
  main { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 24px; padding: 24px 48px 48px; }
  article { background: #fff; border: 1px solid #e2e5ef; border-radius: 12px; padding: 16px 20px; }
  h2 { font-size: 17px; margin: 0 0 4px; }
  h2 span { color: #7a8199; font-weight: 400; }
  article p { color: #4a5168; font-size: 14px; line-height: 1.45; }
  .preview { display: block; border: 1px solid #eef0f6; border-radius: 8px; overflow: hidden; }
  .preview img { width: 100%; display: block; }
  .links a { margin-right: 16px; color: #2453d6; }
  a:focus-visible { outline: 3px solid #2453d6; outline-offset: 2px; }
</style>
</head>
<body>
<header>
  <h1>Kundresa</h1>
  <p>An open-source customer-journey mapping editor: map how customers meet you before, during and after a purchase,
  tag every touchpoint with its channel and IT support, and let the map show where the journey has holes.</p>
  <p class="notice">The live editor is on its way. Until it lands, this server offers the starter templates as
  SVG journey maps and as <code>.journey.json</code> files for the <code>pnpm kundresa</code> command line.</p>
</header>
<main>${cards}</main>
</body>
</html>
`;
}

/** `/templates/<id>.svg` or `/templates/<id>.journey.json`, or undefined for anything else. */
export function templateAsset(pathname: string): { type: string; body: string } | undefined {
  const match = /^\/templates\/([a-z0-9-]+)\.(svg|journey\.json)$/.exec(pathname);
  if (!match) return undefined;
  const template = TEMPLATES.find((candidate) => candidate.id === match[1]);
  if (!template) return undefined;
  const map = template.build();
  return match[2] === "svg"
    ? { type: "image/svg+xml; charset=utf-8", body: renderJourneySvg(map) }
    : { type: "application/json; charset=utf-8", body: exportJourney(map) };
}
