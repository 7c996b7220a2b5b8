import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["shared/src/**/*.test.ts", "server/src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    // Browser and CLI suites start real processes; two cores are all CI has.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
