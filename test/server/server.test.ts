import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEMPLATES, importJourney } from "@kundresa/shared";
import { startServer, type RunningServer } from "./startServer";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  if (server.process.exitCode === null) await server.stop();
});

describe("the server", () => {
  it("answers /healthz with ok", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("serves a start page that shows every starter template", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    for (const template of TEMPLATES) {
      expect(html).toContain(`/templates/${template.id}.svg`);
    }
  });

  it("serves each template as SVG and as an importable .journey.json", async () => {
    const template = TEMPLATES[0]!;
    const svg = await fetch(`${server.url}/templates/${template.id}.svg`);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");
    const json = await fetch(`${server.url}/templates/${template.id}.journey.json`);
    expect(importJourney(await json.text()).ok).toBe(true);
  });

  it("answers unknown paths and methods with JSON errors", async () => {
    const missing = await fetch(`${server.url}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "nothing at /no/such/page" });
    const post = await fetch(`${server.url}/healthz`, { method: "POST" });
    expect(post.status).toBe(405);
  });

  it("logs one JSON line per event and shuts down cleanly on SIGTERM with exit 0", async () => {
    const code = await server.stop("SIGTERM");
    expect(code).toBe(0);
    const events = server
      .output()
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toEqual(["server.listening", "server.stopping", "server.stopped"]);
  });
});
