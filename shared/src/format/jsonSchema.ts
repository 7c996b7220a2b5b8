import { z } from "zod";
import { CURRENT_VERSION, journeyMapSchema } from "./journeyMap";

/**
 * The published JSON Schema of the current format, generated from the zod schema so the two cannot
 * disagree (a test fails when `shared/schema/` drifts). It describes files as written (`io: "input"`:
 * fields with defaults are optional). Id uniqueness is checked by import but has no JSON Schema form.
 */
export function journeyMapJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(journeyMapSchema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  return {
    ...generated,
    $id: `https://kundresa.dev/schema/journey-map.v${CURRENT_VERSION}.schema.json`,
    title: `Kundresa journey map, format version ${CURRENT_VERSION}`,
    description:
      "A customer-journey map (*.journey.json). Ids are unique within their collection and a touchpoint lists a channel at most once; import checks both.",
  };
}

export const JSON_SCHEMA_FILE = `journey-map.v${CURRENT_VERSION}.schema.json`;
