import { createRequire } from "node:module";
import type Koffi from "koffi";

/**
 * glibc's `malloc_trim(0)`: hands the free pages inside the C heap back to the OS. Node cannot ask
 * for it, and nothing else does it: buffers that ws, Yjs and SQLite allocated under load leave the
 * main arena fragmented once freed (live blocks pin the top, so glibc's own trimming at `free`
 * finds nothing to cut), and RSS stays that much above where it started (server/README.md#bench).
 * Called through koffi (a foreign-function library shipping its binary in its npm package) rather
 * than an addon of our own, which every machine would have to compile at install.
 *
 * Undefined where there is no glibc (musl, macOS) or koffi will not load: the server then keeps
 * what the allocator keeps, as before.
 */
export function loadMallocTrim(): (() => void) | undefined {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  if (process.platform !== "linux" || !header?.glibcVersionRuntime) return undefined;
  try {
    const koffi = createRequire(import.meta.url)("koffi") as typeof Koffi;
    const trim = koffi.load("libc.so.6").func("int malloc_trim(size_t pad)") as (pad: number) => number;
    return () => {
      trim(0);
    };
  } catch {
    return undefined;
  }
}
