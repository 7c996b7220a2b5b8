import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { errorMessage, type Logger } from "../log";
import { loadMallocTrim } from "./mallocTrim";

export interface IdleCollection {
  /** Tell it how many maps are loaded; at 0 a collection is scheduled, above 0 it is called off. */
  roomsLoaded(count: number): void;
  stop(): void;
}

/**
 * A full garbage collection, from `--expose-gc` when the process has it and otherwise from a fresh
 * context after exposing it, which is how V8 hands out `gc` once the process runs. Undefined if the
 * runtime refuses (then the server simply keeps what V8 keeps).
 */
function fullCollection(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return exposed;
  try {
    setFlagsFromString("--expose-gc");
    const collect: unknown = runInNewContext("gc");
    return typeof collect === "function" ? (collect as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Gives memory back once the server is idle. V8 collects only when JavaScript allocates, so a server
 * whose last workshop just ended keeps its peak heap and young generation resident for as long as
 * nobody comes: measured (`pnpm bench:sync`, (d)), RSS was still at the load's peak 20 s after
 * every room had closed. Full collections, starting `delayMs` after the last map unloaded, let V8
 * return the emptied pages; they wait a few seconds because V8 shrinks its young generation only once
 * allocation has been low for a while. Then glibc's heap is trimmed (`loadMallocTrim`). Nothing is
 * loaded then, so the pauses hold up no one.
 */
/**
 * Two full collections: the first frees what the closed maps held, but V8 releases the pages it
 * emptied only as it sweeps them; the second, once that is done, compacts what is left (measured on
 * Node 20: old space 271 -> 61 MiB after the first, 3 MiB after the second).
 */
const ROUNDS = 2;
const BETWEEN_ROUNDS_MS = 2_000;

export function startIdleCollection(delayMs: number, logger: Logger): IdleCollection {
  const collect = fullCollection();
  // After V8 has let go of the buffers, the C heap they lived in still has to give its pages back.
  const trimNativeHeap = loadMallocTrim();
  let timer: NodeJS.Timeout | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    roomsLoaded(count) {
      if (count > 0 || collect === undefined) {
        cancel();
        return;
      }
      if (timer !== undefined) return;
      let before = 0;
      let spent = 0;
      const round = (left: number) => {
        timer = setTimeout(
          () => {
            if (left === ROUNDS) before = process.memoryUsage.rss();
            const started = performance.now();
            try {
              collect();
            } catch (error) {
              timer = undefined;
              logger("memory.collect-failed", { message: errorMessage(error) });
              return;
            }
            spent += performance.now() - started;
            if (left > 1) {
              round(left - 1);
              return;
            }
            timer = undefined;
            const collected = process.memoryUsage.rss();
            if (trimNativeHeap) {
              const trimStarted = performance.now();
              trimNativeHeap();
              spent += performance.now() - trimStarted;
            }
            logger("memory.idle-collect", {
              ms: Math.round(spent),
              ...(trimNativeHeap ? { rssBeforeTrimMiB: Math.round(collected / 1024 / 1024) } : {}),
              rssBeforeMiB: Math.round(before / 1024 / 1024),
              rssAfterMiB: Math.round(process.memoryUsage.rss() / 1024 / 1024),
            });
          },
          left === ROUNDS ? delayMs : BETWEEN_ROUNDS_MS,
        );
        // Never what keeps a stopping process alive.
        timer.unref();
      };
      round(ROUNDS);
    },
    stop: cancel,
  };
}
