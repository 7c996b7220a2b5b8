import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Browser and CLI suites start real processes; two cores are all CI has.
    testTimeout: 30_000,
    reporters: ["default", "./test/summaryReporter.ts"],
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: ["shared/src/**/*.test.ts", "server/src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/dist/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: "web",
          include: ["web/src/**/*.test.{ts,tsx}"],
          exclude: ["**/node_modules/**", "**/dist/**"],
          environment: "jsdom",
          setupFiles: ["web/src/testing/setupTests.ts"],
        },
      },
    ],
  },
});
