// The app's Next cache handler (lib/cache/cache-handler.mjs) and the board-version watcher that
// feeds it: entries are served until one of their tags is expired after they were stored,
// whether on this instance (revalidateTag) or on another (a board version that moved).
import CacheHandler from "@/lib/cache/cache-handler.mjs";
import { expireTags } from "@/lib/cache/tag-expiries.mjs";
import { boardVersionWatcher, noteOwnChange } from "@/lib/cache/board-version-poller";

const page = (tags: string, html = "<p>board</p>") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});
const fetchValue = (data: unknown) => ({ kind: "FETCH", data: { body: JSON.stringify(data), headers: {}, url: "" }, revalidate: 60 });
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

describe("cache handler", () => {
  const handler = new CacheHandler({});

  it("returns what was stored, with its lifetime, until a tag of the page is expired", async () => {
    const tag = unique("board:vacancies");
    await handler.set("/zh-CN/vacancies", page(`${tag},_N_T_/zh-CN/vacancies`), { cacheControl: { revalidate: 60, expire: 120 } });
    const hit = await handler.get("/zh-CN/vacancies", { kind: "APP_PAGE", isFallback: false });
    expect(hit?.value).toMatchObject({ kind: "APP_PAGE", html: "<p>board</p>" });
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 120 });

    await new Promise((r) => setTimeout(r, 2));
    await handler.revalidateTag(tag);
    expect(await handler.get("/zh-CN/vacancies", { kind: "APP_PAGE", isFallback: false })).toBeNull();
  });

  it("keeps a page whose tags were expired before it was stored", async () => {
    const tag = unique("board:notices");
    expireTags([tag], Date.now() - 1000);
    await handler.set("/zh-CN/notices", page(tag), { cacheControl: { revalidate: 60, expire: 120 } });
    expect(await handler.get("/zh-CN/notices", { kind: "APP_PAGE", isFallback: false })).not.toBeNull();
  });

  it("checks a cached read by the tags it was stored with and those Next asks with", async () => {
    const own = unique("board:policies");
    const soft = unique("_N_T_/zh-CN/policies");
    await handler.set("read-1", fetchValue([1, 2]), { fetchCache: true, tags: [own] });
    await handler.set("read-2", fetchValue([3]), { fetchCache: true, tags: [] });
    expect(await handler.get("read-1", { kind: "FETCH", tags: [own] })).not.toBeNull();

    await new Promise((r) => setTimeout(r, 2));
    expireTags([own]);
    expect(await handler.get("read-1", { kind: "FETCH", tags: [] })).toBeNull();
    expect(await handler.get("read-2", { kind: "FETCH", tags: [], softTags: [soft] })).not.toBeNull();
    expireTags([soft]);
    expect(await handler.get("read-2", { kind: "FETCH", tags: [], softTags: [soft] })).toBeNull();
  });

  it("forgets an entry set to null, and answers a miss with null", async () => {
    await handler.set("gone", page("t"), {});
    await handler.set("gone", null, {});
    expect(await handler.get("gone", { kind: "APP_PAGE", isFallback: false })).toBeNull();
    expect(await handler.get("never-stored", { kind: "APP_PAGE", isFallback: false })).toBeNull();
  });

  it("drops the least recently used entries beyond its size limit", async () => {
    const big = "x".repeat(64 * 1024 * 1024);
    await handler.set("big-1", page("t", big), {});
    await handler.set("big-2", page("t", big), {});
    await handler.set("big-3", page("t", big), {});
    await handler.get("big-1", { kind: "APP_PAGE", isFallback: false });
    await handler.set("big-4", page("t", big), {});
    await handler.set("big-5", page("t", big), {});
    const kept = [];
    for (const k of ["big-1", "big-2", "big-3", "big-4", "big-5"])
      if (await handler.get(k, { kind: "APP_PAGE", isFallback: false })) kept.push(k);
    expect(kept.length).toBeLessThan(5);
    expect(kept).toContain("big-5");
    expect(kept).not.toContain("big-2");
  });
});

describe("board version watcher", () => {
  it("expires nothing on its first read, then the tags of the boards whose version moved", async () => {
    let versions = new Map([
      ["policies", 3],
      ["vacancies", 7],
      ["notices", 1],
      ["appointments", 0],
    ]);
    const poll = boardVersionWatcher(async () => new Map(versions));
    const handler = new CacheHandler({});
    const t0 = Date.now();
    await handler.set("vac", page("board:vacancies"), {});
    await handler.set("pol", page("board:policies"), {});

    expect(await poll(t0 + 10)).toEqual([]);
    expect(await handler.get("vac", { kind: "APP_PAGE", isFallback: false })).not.toBeNull();

    versions = new Map([...versions, ["vacancies", 8]]);
    expect(await poll(t0 + 20)).toEqual(["vacancies"]);
    expect(await handler.get("vac", { kind: "APP_PAGE", isFallback: false })).toBeNull();
    expect(await handler.get("pol", { kind: "APP_PAGE", isFallback: false })).not.toBeNull();
    expect(await poll(t0 + 30)).toEqual([]);
  });

  it("does not expire again what this instance changed and expired itself, even when a slower read lands later", async () => {
    let versions = new Map([["vacancies", 1]]);
    let nextRead: Map<string, number> | undefined;
    const seen = new Map<string, number>();
    const poll = boardVersionWatcher(async () => nextRead ?? new Map(versions), seen);
    await poll();
    // This instance raises vacancies to 2 and notes it; a poll whose read began before (still 1) ends after.
    nextRead = new Map(versions);
    versions = new Map([["vacancies", 2]]);
    noteOwnChange(["vacancies"], versions, seen);
    expect(await poll()).toEqual([]);
    nextRead = undefined;
    expect(await poll()).toEqual([]);
    // Another instance's later change is still seen.
    versions = new Map([["vacancies", 3]]);
    expect(await poll()).toEqual(["vacancies"]);
  });
});
