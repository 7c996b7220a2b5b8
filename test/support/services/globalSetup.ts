import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgresServer";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser URL for the run's one PostgreSQL; each test file takes its own schema (createSchema). */
    postgresUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: a cluster takes seconds to create, a schema milliseconds.
 * Redis is not here: tests kill and restart it, so each starts its own (startRedis).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startPostgres();
  project.provide("postgresUrl", postgres.url);
  return () => postgres.stop();
}
