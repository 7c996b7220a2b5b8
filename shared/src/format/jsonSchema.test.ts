import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_FILE, journeyMapJsonSchema } from "./jsonSchema";

describe("the published JSON Schema", () => {
  it("matches the zod schema (run `pnpm schema` after changing the format)", () => {
    const committed = JSON.parse(
      readFileSync(new URL(`../../schema/${JSON_SCHEMA_FILE}`, import.meta.url), "utf8"),
    ) as unknown;
    expect(committed).toEqual(journeyMapJsonSchema());
  });

  it("names every enumeration of the contract", () => {
    const text = JSON.stringify(journeyMapJsonSchema());
    for (const value of ["before", "during", "after", "integrated", "standalone", "none", "unknown", "b2b2c"]) {
      expect(text).toContain(`"${value}"`);
    }
  });

  it("requires what contract §2 requires, and no more", () => {
    const schema = journeyMapJsonSchema() as {
      required: string[];
      properties: Record<string, { items: { required: string[] } }>;
    };
    expect([...schema.required].sort()).toEqual(
      ["format", "version", "title", "stages", "channels", "touchpoints", "connections"].sort(),
    );
    expect([...(schema.properties["touchpoints"]?.items.required ?? [])].sort()).toEqual(
      ["id", "title", "stageId", "channelIds", "itSupport", "position"].sort(),
    );
    expect([...(schema.properties["connections"]?.items.required ?? [])].sort()).toEqual(["id", "from", "to"].sort());
  });
});
