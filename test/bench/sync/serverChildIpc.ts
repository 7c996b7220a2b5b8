import type { ServerCommand, ServerReport } from "./benchMessages";

function report(message: ServerReport): void {
  process.send?.(message);
}

/**
 * The half of a server child that talks to the bench: says where it listens, measures its memory
 * on request (after full collections, so the heap figure is what is really held), stops on request.
 */
export function answerBench(url: string, stop: () => Promise<void>): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("run the server child with --expose-gc");
  report({ type: "listening", url });
  // An orchestrator that died (killed, or crashed past its finally) must not leave servers running.
  process.once("disconnect", () => {
    setTimeout(() => process.exit(1), 5_000).unref();
    void stop().finally(() => process.exit(0));
  });
  process.on("message", (command: ServerCommand) => {
    if (command.type === "measure") {
      void (async () => {
        const rssUncollected = process.memoryUsage.rss();
        // Several rounds: finalizers and weak references need a turn of the event loop to let go.
        for (let round = 0; round < 4; round++) {
          collect();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
        report({ type: "memory", rss, rssUncollected, heapUsed, external, arrayBuffers });
      })();
    } else {
      void stop().then(() => process.exit(0));
    }
  });
}
