import { expect } from "vitest";

/**
 * `expect.poll` with room for a busy machine: Vitest's default gives up after one second, and a
 * sync round trip or a React commit on two loaded cores can take longer. Fails after 10 s.
 */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 25 });
}
