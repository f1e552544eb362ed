import type { SearchParams } from "@/i18n/page-locale";

/** A repeated query parameter (?status=a&status=b) counts by its first value. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
