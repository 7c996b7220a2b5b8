/**
 * Who this person is, as colleagues see them: a name asked once and kept on the device, and a colour.
 * The colour comes from the name, so the same person keeps it across sessions and devices, unless
 * someone who joined the map earlier already shows it (see `colorAmong`).
 */
export const USER_NAME_KEY = "kundresa.userName";

/** Distinct, readable on white, none of them a category or IT-support colour's twin. */
export const PRESENCE_COLORS = [
  "#DB2777",
  "#0284C7",
  "#65A30D",
  "#9333EA",
  "#E11D48",
  "#0891B2",
  "#CA8A04",
  "#4F46E5",
  "#C026D3",
  "#059669",
] as const;

export function storedUserName(storage: Storage = localStorage): string | undefined {
  try {
    const name = storage.getItem(USER_NAME_KEY)?.trim();
    return name === undefined || name === "" ? undefined : name;
  } catch {
    return undefined;
  }
}

export function storeUserName(name: string, storage: Storage = localStorage): void {
  try {
    storage.setItem(USER_NAME_KEY, name.trim());
  } catch {
    // Blocked storage: we ask again next time, which is the honest fallback.
  }
}

export function colorForName(name: string): string {
  let hash = 0;
  for (let index = 0; index < name.length; index++) hash = (hash * 31 + name.charCodeAt(index)) | 0;
  return PRESENCE_COLORS[Math.abs(hash) % PRESENCE_COLORS.length] as string;
}

/**
 * The colour to show given the colours of people who joined earlier: `current` while nobody earlier
 * has it, else the next free one in palette order; with more people than colours, the least used.
 * Keeping `current` while it is free means a colour never changes because someone left.
 */
export function colorAmong(current: string, taken: readonly string[]): string {
  if (!taken.includes(current)) return current;
  const start = Math.max(0, PRESENCE_COLORS.indexOf(current as (typeof PRESENCE_COLORS)[number]));
  const inOrder = PRESENCE_COLORS.map(
    (_, offset) => PRESENCE_COLORS[(start + offset) % PRESENCE_COLORS.length] as string,
  );
  const free = inOrder.find((color) => !taken.includes(color));
  if (free !== undefined) return free;
  const uses = (color: string) => taken.filter((each) => each === color).length;
  return inOrder.reduce((best, color) => (uses(color) < uses(best) ? color : best));
}

/** Up to two letters for an avatar: "Anna Lind" → "AL", "anna" → "AN". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return (words[0] as string).slice(0, 2).toUpperCase();
  return ((words[0] as string).charAt(0) + (words[words.length - 1] as string).charAt(0)).toUpperCase();
}
