// Regenerates shared/schema/ from the zod schema: `pnpm schema`. The drift test says when to run it.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSON_SCHEMA_FILE, journeyMapJsonSchema } from "../src/format/jsonSchema";

const target = fileURLToPath(new URL(`../schema/${JSON_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, `${JSON.stringify(journeyMapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
