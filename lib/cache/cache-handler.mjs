// @ts-check
// Next's cache for this app instance (next.config.mjs `cacheHandler`): rendered public pages
// and the cached board reads (unstable_cache), kept in memory only, least recently used out
// first. Two things Next's default handler does not do:
//
// - Nothing is written under the build directory, so a build started on another database (a
//   fresh demo, a restored backup, the e2e and bench runs) never serves the previous one's pages.
// - An entry is out of date when any of its tags was expired after it was stored, whether the
//   expiry came from this instance (updateTag in a console action) or from another one (the
//   board-version poller, lib/cache/board-version-poller.ts, records what it sees in the
//   database). A reviewer's change therefore reaches every instance behind the load balancer
//   within the poll interval instead of the one-minute revalidation.
import { LRUCache } from "lru-cache";
import { expireTags, tagExpiredAt } from "./tag-expiries.mjs";

const MAX_BYTES = (Number(process.env.OPENSELECT_CACHE_MB) || 256) * 1024 * 1024;
// Rendered search results (a board list or /search with ?q=, whose query proxy.ts moves into
// the path) get a store of their own: anyone can make new ones by typing, and they must not
// push the boards' pages out of the cache. A miss costs one render through the search index.
const SEARCH_MAX_BYTES = (Number(process.env.OPENSELECT_SEARCH_CACHE_MB) || 32) * 1024 * 1024;
const SEARCH_PAGE = /\/search\/filter\/|\/filter\/[^/]*q(%(25)?3D|=)/;

/** Roughly the bytes an entry holds, for the LRU's size limit. @param {any} value */
function sizeOf(value) {
  switch (value?.kind) {
    case "APP_PAGE": {
      let n = (value.html?.length ?? 0) + (value.rscData?.length ?? 0);
      for (const b of value.segmentData?.values() ?? []) n += b.length;
      return n;
    }
    case "APP_ROUTE":
      return value.body?.length ?? 0;
    case "FETCH":
      return JSON.stringify(value.data ?? null).length;
    default:
      return 1024;
  }
}

/**
 * @typedef {{ value: any, lastModified: number, cacheControl: any, tags: string[], size: number }} Entry
 */

/** @param {Entry} entry @param {any} ctx */
function tagsOf(entry, ctx) {
  const header = entry.value?.headers?.["x-next-cache-tags"];
  const fromPage = typeof header === "string" ? header.split(",") : [];
  return [...fromPage, ...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

export default class CacheHandler {
  /** One store per process, whatever number of handler objects Next creates. */
  static store = new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (/** @type {Entry} */ e) => Math.max(1, e.size) });
  static searchStore = new LRUCache({ maxSize: SEARCH_MAX_BYTES, sizeCalculation: (/** @type {Entry} */ e) => Math.max(1, e.size) });

  /** @param {string} key */
  static storeFor(key) {
    return SEARCH_PAGE.test(key) ? CacheHandler.searchStore : CacheHandler.store;
  }

  /** @param {unknown} _ctx */
  constructor(_ctx) {}

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const store = CacheHandler.storeFor(key);
    const entry = /** @type {Entry | undefined} */ (store.get(key));
    if (!entry) return null;
    for (const tag of tagsOf(entry, ctx)) {
      if ((tagExpiredAt(tag) ?? 0) > entry.lastModified) {
        store.delete(key);
        return null;
      }
    }
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (!data) {
      CacheHandler.storeFor(key).delete(key);
      return;
    }
    CacheHandler.storeFor(key).set(key, {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.cacheControl,
      tags: ctx?.tags ?? [],
      size: sizeOf(data),
    });
  }

  /**
   * updateTag/revalidateTag/revalidatePath on this instance. Every expiry is treated as immediate
   * (the next request renders again), which is what a reviewer who has just published expects.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    expireTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
