// The boards' version numbers that carry a published change from one app instance to the
// others (lib/cache/board-version-poller.ts), on SQLite and PostgreSQL.
import { raiseBoardVersions, readBoardVersions } from "@/lib/data/board-versions";
import { boardVersionWatcher } from "@/lib/cache/board-version-poller";
import { BOARD_TAGS } from "@/lib/data/board-tags";
import { expireSurveyPages, publishedSurveyList } from "@/lib/data/survey/public";
import { tagCacheStore } from "./support/tag-cache";

jest.mock("next/cache", () => jest.requireActual("./support/tag-cache").tagAwareNextCache());

describe("board versions", () => {
  test("every board has a row from the migration; raising one leaves the others", async () => {
    const before = await readBoardVersions();
    expect([...before.keys()].sort()).toEqual(["appointments", "notices", "policies", "vacancies"]);
    await raiseBoardVersions(["notices", "vacancies"]);
    const after = await readBoardVersions();
    expect(after.get("notices")).toBe(before.get("notices")! + 1);
    expect(after.get("vacancies")).toBe(before.get("vacancies")! + 1);
    expect(after.get("policies")).toBe(before.get("policies"));
    expect(after.get("appointments")).toBe(before.get("appointments"));
  });

  test("concurrent changes each count: 25 raises at once move the version by 25", async () => {
    const before = (await readBoardVersions()).get("appointments")!;
    await Promise.all(Array.from({ length: 25 }, () => raiseBoardVersions(["appointments"])));
    expect((await readBoardVersions()).get("appointments")).toBe(before + 25);
  });

  test("a watcher on the real table reports exactly the boards changed since its last read", async () => {
    const poll = boardVersionWatcher();
    expect(await poll()).toEqual([]);
    await raiseBoardVersions(["policies"]);
    expect(await poll()).toEqual(["policies"]);
    expect(await poll()).toEqual([]);
  });

  test("a survey change reaches every instance: its version moves, and its tag is the public survey reads' tag", async () => {
    // The survey reads are cached under the tag the pollers expire for "surveys".
    await publishedSurveyList();
    const entries = [...tagCacheStore().values()];
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.tags).toEqual([BOARD_TAGS.surveys]);

    const otherInstance = boardVersionWatcher();
    expect(await otherInstance()).toEqual([]);
    await expireSurveyPages(); // what the console's open, close and publish actions call
    expect(await otherInstance()).toEqual(["surveys"]);
    // This instance dropped its own entries at once.
    expect(tagCacheStore().size).toBe(0);
  });
});
