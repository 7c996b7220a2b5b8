import { CURRENT_VERSION } from "../format/journeyMap";
import { createMigrationSequence, type Migration } from "./migrations";

/**
 * Every step of the journey-map format since version 1, oldest first. To change the format: bump
 * `CURRENT_VERSION`, append a step here, update the schema, regenerate `shared/schema/` and the
 * contract. Never edit a published step.
 */
const STEPS: readonly Migration[] = [];

export const journeyMigrations = createMigrationSequence(1, CURRENT_VERSION, STEPS);
