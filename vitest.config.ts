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
          exclude: ["**/node_modules/**", "**/dist/**", "test/scaling/**"],
          environment: "node",
        },
      },
      {
        // The server suites again, on a real PostgreSQL (started once for the run in a temp dir),
        // plus the suites that need one: several instances sharing it, with Redis between them.
        extends: true,
        test: {
          name: "postgresql",
          include: ["test/server/**/*.test.ts", "test/scaling/**/*.test.ts"],
          // SQLite's own file, WAL and group-commit details; the shared contract runs in both.
          exclude: ["**/node_modules/**", "**/dist/**", "test/server/sqliteStorage.test.ts"],
          environment: "node",
          env: { KUNDRESA_TEST_STORAGE: "postgresql" },
          globalSetup: ["test/support/services/globalSetup.ts"],
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
