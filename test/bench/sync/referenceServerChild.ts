// The reference in the sync bench: @y/websocket-server 0.1.1 as its own bin/server.js sets it up
// (http + ws with noServer, `setupWSConnection` per connection), without persistence (YPERSISTENCE
// unset): documents live in memory only and are never unloaded.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";
import { answerBench } from "./serverChildIpc";
import { installTimelineProbe } from "./timelineProbe";

installTimelineProbe("reference");

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/plain" });
  response.end("okay");
});
wss.on("connection", setupWSConnection);
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;
answerBench(
  `http://127.0.0.1:${port}`,
  () =>
    new Promise<void>((resolve) => {
      for (const ws of wss.clients) ws.terminate();
      server.close(() => resolve());
    }),
);
