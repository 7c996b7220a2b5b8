import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Fanout } from "../fanout/fanout";
import { errorMessage } from "../log";
import { healthReport } from "./healthReport";
import { handleMapApi, type MapApiDeps } from "./mapRoutes";
import { HttpError, send, sendError, sendJson } from "./respond";
import type { StaticAssets } from "./staticAssets";
import { templateAsset, templateGalleryPage } from "./templateGallery";

export interface HttpDeps extends MapApiDeps {
  /** The built editor; without it `/` shows the template gallery. */
  assets: StaticAssets | undefined;
  fanout: Fanout;
}

async function handle(request: IncomingMessage, response: ServerResponse, deps: HttpDeps): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (await handleMapApi(request, response, url, deps)) return;
  const method = request.method ?? "";
  if (method !== "GET" && method !== "HEAD")
    throw new HttpError(405, `${method} is not supported here`, {}, { allow: "GET" });
  if (url.pathname === "/healthz") {
    const report = await healthReport(deps.storage, deps.fanout);
    sendJson(response, report.ok ? 200 : 503, report);
    return;
  }
  if (deps.assets && (await deps.assets.serve(url.pathname, response))) return;
  if (url.pathname === "/") {
    send(response, 200, "text/html; charset=utf-8", templateGalleryPage(), { "cache-control": "no-cache" });
    return;
  }
  const template = templateAsset(url.pathname);
  if (template) {
    send(response, 200, template.type, template.body);
    return;
  }
  if (url.pathname.startsWith("/m/")) throw new HttpError(404, "the editor is not built yet (web/dist is missing)");
  throw new HttpError(404, `nothing at ${url.pathname}`);
}

/** The HTTP side of the server: the map API, health, the editor's files. Upgrades are wired by the caller. */
export function createHttpServer(deps: HttpDeps): Server {
  return createServer((request, response) => {
    handle(request, response, deps).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof HttpError) {
        sendError(response, error);
        return;
      }
      // Only the path: the query string may hold a token.
      deps.logger("http.error", {
        method: request.method,
        path: request.url?.split("?")[0],
        message: errorMessage(error),
      });
      sendJson(response, 500, { error: "internal error; the server log has the details" });
    });
  });
}
