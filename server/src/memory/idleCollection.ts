import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
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
 * Two full collections: the first frees what the closed maps held, but V8 releases the pages it
 * emptied only as it sweeps them; the second, once that is done, compacts what is left (measured on
 * Node 20: old space 271 -> 61 MiB after the first, 3 MiB after the second).
 */
const ROUNDS = 2;

/**
 * The second collection also has to give back the young generation, which V8 grows to 32 MiB under
 * load and shrinks only in a full collection that finds allocation low: under 1,000 bytes/ms over
 * its last 5 s of collections. Two seconds after the first, that window still reached back into the
 * first's spell, which held the unloads' burst whenever no scavenge had come after it (a 12 MiB tail
 * is enough), and the young generation stayed at its peak: in the bench's (d), `newSpaceAfterMiB`
 * 32 and RSS 16–35% of the load's growth kept, in some runs. Past 5 s the window holds only the
 * quiet spell.
 */
const BETWEEN_ROUNDS_MS = 6_000;

const mib = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/** The young generation's resident size, for the log line. */
function newSpaceMiB(): number {
  const space = getHeapSpaceStatistics().find((each) => each.space_name === "new_space");
  return space ? mib(space.physical_space_size) : 0;
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
export function startIdleCollection(
  delayMs: number,
  logger: Logger,
  /** Frees caches that would pin C heap pages (the store's), before the heap is trimmed. */
  releaseCaches?: () => void,
): IdleCollection {
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
      let newSpaceBefore = 0;
      const round = (left: number) => {
        timer = setTimeout(
          () => {
            if (left === ROUNDS) {
              before = process.memoryUsage.rss();
              newSpaceBefore = newSpaceMiB();
            }
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
              try {
                releaseCaches?.();
              } catch (error) {
                logger("memory.release-failed", { message: errorMessage(error) });
              }
              trimNativeHeap();
              spent += performance.now() - trimStarted;
            }
            logger("memory.idle-collect", {
              ms: Math.round(spent),
              ...(trimNativeHeap ? { rssBeforeTrimMiB: mib(collected) } : {}),
              rssBeforeMiB: mib(before),
              rssAfterMiB: mib(process.memoryUsage.rss()),
              newSpaceBeforeMiB: newSpaceBefore,
              newSpaceAfterMiB: newSpaceMiB(),
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
