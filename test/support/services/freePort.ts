import { createServer } from "node:net";

/** A loopback port nobody listens on right now (another process may still take it before we do). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("listening on 127.0.0.1:0 gave no port"));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
