import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { log } from "../log";
import { templateAsset, templateGalleryPage } from "./templateGallery";

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value));
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method !== "GET" && request.method !== "HEAD") {
    sendJson(response, 405, { error: `${request.method ?? "?"} is not supported here` });
    return;
  }
  if (url.pathname === "/healthz") {
    sendJson(response, 200, { ok: true });
    return;
  }
  if (url.pathname === "/") {
    send(response, 200, "text/html; charset=utf-8", templateGalleryPage());
    return;
  }
  const asset = templateAsset(url.pathname);
  if (asset) {
    send(response, 200, asset.type, asset.body);
    return;
  }
  sendJson(response, 404, { error: `nothing at ${url.pathname}` });
}

export function createHttpServer(): Server {
  return createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      log("http.error", {
        path: request.url?.split("?")[0],
        message: error instanceof Error ? error.message : String(error),
      });
      if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
      else response.destroy();
    }
  });
}
