/**
 * Free tags on claims ("land reform", "statistics"): a reading group's own labels, to filter the map by.
 * Stored per claim as a JSON array in `Claim.tags`, already normalised, so filtering compares strings.
 */

export const MAX_TAGS = 12;
export const MAX_TAG_LENGTH = 40;

/**
 * Tags as stored: trimmed, inner whitespace collapsed, lower-cased (so "Land reform" and "land
 * reform" are one tag), without empties and duplicates, in the order first given.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.replace(/\s+/g, " ").trim().toLowerCase();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** "land reform, statistics" (what a user types) → tags, normalised. */
export function parseTagList(text: string): string[] {
  return normaliseTags(text.split(","));
}

/** The stored column → tags; anything that is not a JSON array of strings reads as no tags. */
export function readStoredTags(stored: string | null | undefined): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? "[]");
    return Array.isArray(value) ? normaliseTags(value.filter((t): t is string => typeof t === "string")) : [];
  } catch {
    return [];
  }
}

/** Every tag used on the map, alphabetically, with how many claims carry it. */
export function tagCounts(claims: readonly { tags?: readonly string[] }[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const claim of claims) for (const tag of claim.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}
