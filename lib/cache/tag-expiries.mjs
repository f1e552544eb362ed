// @ts-check
// The record of expired cache tags that lib/cache/cache-handler.mjs consults on every read.
// Plain JavaScript because Next loads the handler itself, outside the app's bundle; the app's
// code (the board-version poller) imports this file too, and both reach one record through
// globalThis, whichever copy of the module each of them got.
const EXPIRIES = Symbol.for("openselect.tagExpiries");

/** @returns {Map<string, number>} */
function record() {
  const g = /** @type {Record<symbol, Map<string, number> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[EXPIRIES] ??= new Map());
}

/** Entries carrying any of these tags and stored before `at` (ms) are out of date. */
export function expireTags(/** @type {string[]} */ tags, at = Date.now()) {
  const r = record();
  for (const tag of tags) r.set(tag, Math.max(r.get(tag) ?? 0, at));
}

/** When a tag was last expired (ms), if ever. */
export function tagExpiredAt(/** @type {string} */ tag) {
  return record().get(tag);
}
