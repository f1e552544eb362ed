// 干部教育培训 in the site search: a class the training board lists (open or finished) is found
// by its title, organizer, place and description text like a board item, by substrings of one,
// two, three and more characters; a draft and a cancelled class are not; an edit moves the index
// in the same transaction; the classes published before training joined the search are indexed
// once at start (indexMissingTraining, called by scripts/prepare.ts). Real SQLite and PostgreSQL.
import { db, isPostgres } from "@/lib/db/client";
import { searchPublished } from "@/lib/data/search";
import { indexMissingTraining } from "@/lib/data/search-documents";
import { cancelClass, createClass, finishClass, publishClass, updateClass } from "@/lib/data/training/classes";
import type { TrainingClassInput } from "@/lib/validation/training";
import { makeUser } from "./support/users";
import { makeTrainingClass } from "./support/training-admin-world";

jest.setTimeout(30_000);
const DAY = 86_400_000;

const found = async (q: string, kind?: string) =>
  (await searchPublished({ q, kind }))!.rows.filter((r) => r.kind === "training").map((r) => r.id);

function input(over: Partial<TrainingClassInput> = {}): TrainingClassInput {
  const now = Date.now();
  return {
    title: "年轻干部海洋经济专题培训班",
    organizer: "中共舟山市委组织部",
    kind: "CENTRAL",
    place: "舟山市委党校（新城校区）",
    onlineUrl: "",
    description: "<p>围绕<strong>蓝色粮仓</strong>建设开展专题学习。</p>",
    capacity: 40,
    eligibleLevels: [],
    eligibleUnits: [],
    signupOpensAt: new Date(now - DAY),
    signupClosesAt: new Date(now + 7 * DAY),
    ...over,
  } as TrainingClassInput;
}

async function withSession(id: string) {
  const startsAt = new Date(Date.now() + 10 * DAY);
  await db().trainingSession.create({
    data: {
      classId: id,
      position: 0,
      title: "第一讲",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      hoursTenths: 30,
      checkinSecret: `s-${id}`,
    },
  });
}

test("a published class is found by substrings of its fields; a draft is not; an edit and a cancellation move the index", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const { id } = await createClass(staff, input());
  await withSession(id);
  expect(await found("蓝色粮仓")).toEqual([]); // a draft

  await publishClass(staff, id);
  for (const q of ["海", "海洋", "海洋经济", "蓝色粮仓", "新城校区", "舟山市委组织部 培训班"]) expect(await found(q)).toEqual([id]);
  // The description's text, never its markup.
  expect(await found("strong")).toEqual([]);
  const r = (await searchPublished({ q: "蓝色粮仓", kind: "training" }))!;
  expect(r.counts.training).toBe(1);
  expect(r.rows[0]).toMatchObject({ kind: "training", id, title: "年轻干部海洋经济专题培训班", detail: "中共舟山市委组织部" });
  expect(r.rows[0]!.snippet.map((s) => s.text).join("")).toContain("蓝色粮仓");

  // Edited: the old words are gone at once, the new ones found.
  await updateClass(staff, id, input({ description: "<p>围绕<em>港航物流</em>开展现场教学。</p>" }));
  expect(await found("蓝色粮仓")).toEqual([]);
  expect(await found("港航物流")).toEqual([id]);

  // Called off: the board no longer offers it, and neither does the search.
  await cancelClass(staff, id, "因工作安排调整，本期培训取消");
  expect(await found("港航物流")).toEqual([]);
  expect(await db().searchDocument.count({ where: { kind: "training", refId: id } })).toBe(0);
});

test("a finished class stays findable (its materials are on its page)", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const c = await makeTrainingClass({
    title: "基层治理能力提升研修班",
    sessions: [{ startsAt: new Date(Date.now() - DAY), hoursTenths: 20 }],
  });
  await updateClass(
    staff,
    c.id,
    input({ title: "基层治理能力提升研修班", signupOpensAt: new Date(Date.now() - 3 * DAY), signupClosesAt: new Date(Date.now() + DAY) }),
  );
  expect(await found("研修班")).toEqual([c.id]);
  await finishClass(staff, c.id);
  expect(await found("研修班")).toEqual([c.id]);
});

test("classes published before training joined the search are indexed once at start", async () => {
  // Written past the data layer, as the rows of a database from before this change are.
  const old = await makeTrainingClass({ title: "老培训班：数字政府专题" });
  const draft = await makeTrainingClass({ title: "草稿培训班：数字政府专题", status: "DRAFT" });
  const cancelled = await makeTrainingClass({ title: "已取消培训班：数字政府专题", status: "CANCELLED" });
  expect(await found("数字政府")).toEqual([]);

  expect(await indexMissingTraining(db(), !isPostgres())).toBe(1);
  expect(await found("数字政府")).toEqual([old.id]);
  expect(await found("数")).toContain(old.id); // one character: the SQLite character table was filled too
  expect(await found("数字政府")).not.toEqual(expect.arrayContaining([draft.id, cancelled.id]));
  // A second start finds nothing to add.
  expect(await indexMissingTraining(db(), !isPostgres())).toBe(0);
});
