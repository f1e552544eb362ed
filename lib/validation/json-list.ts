/**
 * A JSON array of strings from a column such as a class's or a survey's eligible units and levels;
 * anything else (a damaged value) reads as [] — "everyone". Blank entries are dropped.
 */
export function parseList(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim() !== "") : [];
  } catch {
    return [];
  }
}
