import { LIMITS } from "@kundresa/shared";

/** Room for a "-12" suffix within the format's id limit. */
const BASE_LENGTH = LIMITS.maxIdLength - 8;

/**
 * A readable, unique id for a channel the team adds ("Instagram DM" → "instagram-dm", then
 * "instagram-dm-2"): ids appear in exported JSON and validation messages, so they should say what
 * they are. Accents fold to ASCII (Swedish "Kundträff" → "kundtraff").
 */
export function channelIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, BASE_LENGTH)
      .replace(/-+$/, "") || "channel";
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const id = `${base}-${suffix}`;
    if (!taken.has(id)) return id;
  }
}
