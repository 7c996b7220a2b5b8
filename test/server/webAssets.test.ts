import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES, importJourney } from "@kundresa/shared";
import { request } from "./support/mapApi";
import { startTestServer, type TestServer } from "./support/testServer";

/** A GET with the path sent exactly as written (fetch would resolve `..` segments first). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(`${url}${path}`, { path }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

const SECRET = "content-outside-web-dist";
const INDEX = '<!doctype html><title>Kundresa</title><script src="/assets/index-3f9a1c.js"></script>';

describe("the editor's files from web/dist", () => {
  let server: TestServer;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "kundresa-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), INDEX);
    writeFileSync(join(dist, "assets", "index-3f9a1c.js"), "console.log('editor');");
    writeFileSync(join(dist, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    writeFileSync(join(dist, "..", "kundresa-secret.txt"), SECRET);
    server = await startTestServer({ webDist: dist });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(dist, { recursive: true, force: true });
    rmSync(join(dist, "..", "kundresa-secret.txt"), { force: true });
  });

  it("serves index.html, never cached, for / and every /m/:id", async () => {
    for (const path of ["/", "/m/AAAAAAAAAAAAAAAAAAAAAA", "/m/some-map/"]) {
      const response = await request(server.url, path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toBe(INDEX);
    }
  });

  it("serves hashed assets as immutable and other files as revalidated", async () => {
    const script = await request(server.url, "/assets/index-3f9a1c.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("text/javascript");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await script.text()).toBe("console.log('editor');");
    const icon = await request(server.url, "/favicon.svg");
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("never serves anything outside web/dist, and 404s what is not there", async () => {
    for (const path of [
      "/../kundresa-secret.txt",
      "/assets/../../kundresa-secret.txt",
      "/assets/%2e%2e/%2e%2e/kundresa-secret.txt",
      "/..%2fkundresa-secret.txt",
      "/%2e%2e%2fkundresa-secret.txt",
      "/assets/nope.js",
    ]) {
      const response = await rawGet(server.url, path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain(SECRET);
    }
  });
});

describe("the start page before the editor is built", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ webDist: join(tmpdir(), "kundresa-no-such-dist") });
  });
  afterAll(() => server.dispose());

  it("shows every starter template", async () => {
    const response = await request(server.url, "/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    for (const template of TEMPLATES) expect(html).toContain(`/templates/${template.id}.svg`);
  });

  it("serves each template as SVG and as an importable .journey.json", async () => {
    const template = TEMPLATES[0]!;
    const svg = await request(server.url, `/templates/${template.id}.svg`);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");
    const json = await request(server.url, `/templates/${template.id}.journey.json`);
    expect(importJourney(await json.text()).ok).toBe(true);
  });

  it("says the editor is missing instead of serving an empty page", async () => {
    const response = await request(server.url, "/m/AAAAAAAAAAAAAAAAAAAAAA");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/not built/);
  });
});
