import type { IncomingMessage } from "node:http";
import { HttpError } from "./respond";

/** Past this much we stop reading a refused body and drop the connection instead. */
const DRAIN_LIMIT_FACTOR = 4;

/**
 * Reads a request body of at most `limit` bytes. A larger one is refused with 413 once it has been
 * read to its end (so the client gets to see the answer), keeping no more than `limit` bytes in
 * memory at any time; past `DRAIN_LIMIT_FACTOR` times the limit the connection is dropped.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = new HttpError(413, `the body is over ${limit / 1024 / 1024} MiB, the largest journey map accepted`);
  return new Promise<Buffer>((resolve, reject) => {
    const declared = Number(request.headers["content-length"] ?? Number.NaN);
    const chunks: Buffer[] = [];
    let received = 0;
    let refused = Number.isFinite(declared) && declared > limit;
    request.on("data", (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > limit) {
        refused = true;
        chunks.length = 0;
      }
      if (refused) {
        if (received > limit * DRAIN_LIMIT_FACTOR) {
          request.destroy();
          reject(tooLarge);
        }
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => (refused ? reject(tooLarge) : resolve(Buffer.concat(chunks))));
    request.on("error", (error) => reject(new HttpError(400, `the body could not be read: ${error.message}`)));
    request.on("aborted", () => reject(new HttpError(400, "the request was aborted")));
  });
}

/** The body as text, refusing bytes that are not UTF-8 rather than guessing. */
export function bodyText(body: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new HttpError(400, "the body is not UTF-8 text", { issues: [{ path: "", message: "not UTF-8 text" }] });
  }
}
