// A small tag-aware stand-in for next/cache: entries are kept per key and dropped when one of
// their tags is revalidated, so a test on the real database can see a write expire a cached
// figure. Used from a jest.mock factory: `jest.mock("next/cache", () =>
// jest.requireActual("./support/tag-cache").tagAwareNextCache())` (a factory cannot refer to imports).
type Entry = { value: unknown; tags: string[] };

/** The entries, shared with the test through globalThis (jest.mock factories run before imports). */
export function tagCacheStore(): Map<string, Entry> {
  const g = globalThis as unknown as { tagCacheStore?: Map<string, Entry> };
  g.tagCacheStore ??= new Map();
  return g.tagCacheStore;
}

export function tagAwareNextCache() {
  const expire = (tag: string) => {
    for (const [k, e] of tagCacheStore()) if (e.tags.includes(tag)) tagCacheStore().delete(k);
  };
  return {
    revalidatePath: jest.fn(),
    revalidateTag: expire,
    updateTag: expire,
    refresh: jest.fn(),
    unstable_cache:
      (fn: (...a: unknown[]) => Promise<unknown>, parts: string[], opts: { tags: string[] }) =>
      async (...args: unknown[]) => {
        const key = JSON.stringify([parts, args]);
        const hit = tagCacheStore().get(key);
        if (hit) return hit.value;
        const value = await fn(...args);
        tagCacheStore().set(key, { value, tags: opts.tags });
        return value;
      },
  };
}
