import { CURRENT_VERSION } from "../format/journeyMap";
import { createMigrationSequence, type Migration } from "./migrations";

/**
 * Every step of the journey-map format since version 1, oldest first. To change the format: bump
 * `CURRENT_VERSION`, append a step here, update the schema, regenerate `shared/schema/` and the
 * contract. Never edit a published step.
 */
const STEPS: readonly Migration[] = [
  {
    from: 1,
    description:
      "version 2 adds comment threads (`comments`) and kept dot-vote results (a touchpoint's `votes`), both optional",
    // Version 1 dropped unknown fields, so a `comments` or `votes` some other tool wrote into a
    // version 1 file meant nothing: it goes, rather than being read as version 2 data (or refused).
    up: ({ comments: _comments, ...document }) => {
      const touchpoints = document["touchpoints"];
      if (!Array.isArray(touchpoints)) return document;
      return {
        ...document,
        touchpoints: touchpoints.map((touchpoint: unknown) => {
          if (typeof touchpoint !== "object" || touchpoint === null || Array.isArray(touchpoint)) return touchpoint;
          const { votes: _votes, ...rest } = touchpoint as Record<string, unknown>;
          return rest;
        }),
      };
    },
  },
];

export const journeyMigrations = createMigrationSequence(1, CURRENT_VERSION, STEPS);
