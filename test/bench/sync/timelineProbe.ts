// BENCH_TIMELINE_DIR=dir: each process of the sync bench that installs this notes when a timed edit
// (a document update carrying a card's `<seq>@<time>` notes) crosses `ws` in either direction, and
// when a client sees it in its document, as wall-clock milliseconds; servers also note their garbage
// collections. Each writes dir/<name>-<pid>.tsv on exit; timelineReport.ts joins them. The same
// patch of `ws` goes into both servers, so its cost (a regex per document frame) is paid alike.
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { WebSocket } from "ws";

const NOTES = /(\d+@\d+\.\d+)/;
/** Set once the probe is installed; lines of `event \t key \t wall-clock ms`. */
let noted: string[] | undefined;

const wallClock = (): string => (performance.timeOrigin + performance.now()).toFixed(4);

/** Notes a step of a timed edit outside `ws` (a client seeing it in its document). */
export function noteTimeline(event: string, notes: string): void {
  noted?.push(`${event}\t${notes}\t${wallClock()}`);
}

function bytesOf(data: unknown): Buffer | undefined {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

/** `name`: the process's part ("clients", or the server contender's label), for its file name. */
export function installTimelineProbe(name: string): void {
  const dir = process.env["BENCH_TIMELINE_DIR"];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  noted = lines;
  const note = (event: string, data: unknown): void => {
    const bytes = bytesOf(data);
    // Sync-protocol document updates only (message 0, sync update 2), not presence.
    if (!bytes || bytes[0] !== 0 || bytes[1] !== 2) return;
    const found = NOTES.exec(bytes.toString("latin1"));
    if (found) noteTimeline(event, found[1]!);
  };
  const prototype = WebSocket.prototype as unknown as {
    emit(event: string, ...args: unknown[]): boolean;
    send(data: unknown, ...args: unknown[]): void;
  };
  const { emit, send } = prototype;
  prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === "message") note("recv", args[0]);
    return emit.call(this, event, ...args);
  };
  prototype.send = function (this: unknown, data: unknown, ...args: unknown[]) {
    note("send", data);
    return send.call(this, data, ...args);
  };
  if (name !== "clients") {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const end = performance.timeOrigin + entry.startTime + entry.duration;
        lines.push(`gc\t${entry.duration.toFixed(3)}\t${end.toFixed(4)}`);
      }
    }).observe({ entryTypes: ["gc"] });
  }
  process.on("exit", () => appendFileSync(join(dir, `${name}-${process.pid}.tsv`), lines.join("\n") + "\n"));
}
