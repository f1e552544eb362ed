// The 干部教育培训 console's pages rendered with the real zh-CN catalog (a missing word throws) on
// real rows: the list (upcoming first, counts), a class with its sessions, materials and sign-ups,
// its editor, a session's attendance list, the 签到码 screen and the reports. No record id is
// shown as text anywhere, and a nominator is refused.
import "./support/page-mocks";
import { pageProps, renderPage, setPageCaller } from "./support/page-mocks";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { makeUser } from "./support/users";
import { makeEnrolment, makeTrainingClass, markPresent } from "./support/training-admin-world";

jest.setTimeout(120_000);

const P = "@/app/[locale]/(admin)/admin/training";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let reviewer: Actor;
let classId: string;
let sessionId: string;
let ids: string[] = [];

beforeAll(async () => {
  reviewer = await makeUser({ role: "REVIEWER", realName: "审核员甲" });
  const c = await makeTrainingClass({
    title: "年轻干部履职能力提升培训班",
    capacity: 3,
    sessions: [
      { startsAt: new Date(Date.now() - HOUR), hoursTenths: 25 },
      { startsAt: new Date(Date.now() + 3 * DAY), hoursTenths: 30 },
    ],
  });
  classId = c.id;
  sessionId = c.sessionIds[0]!;
  await db().trainingMaterial.create({ data: { classId, title: "培训日程安排", url: "https://www.example.cn/a.pdf" } });
  const people = await Promise.all(["林晓东", "周海燕", "陈立新"].map((n) => makeUser({ realName: n })));
  const approved = await makeEnrolment(classId, people[0]!.id, "APPROVED");
  const pending = await makeEnrolment(classId, people[1]!.id, "PENDING");
  const waiting = await makeEnrolment(classId, people[2]!.id, "WAITLISTED");
  await markPresent(sessionId, approved);
  const later = await makeTrainingClass({ title: "新时代组织工作专题讲座", status: "DRAFT" });
  ids = [classId, sessionId, approved, pending, waiting, later.id, ...later.sessionIds, ...people.map((p) => p.id)];
  setPageCaller(reviewer);
});

const noIds = (text: string) => {
  for (const id of ids) expect(text).not.toContain(id);
};

test("the list: classes with their counts, the status filter, upcoming first", async () => {
  const { text, hrefs } = await renderPage(`${P}/page`, pageProps());
  expect(text).toContain("年轻干部履职能力提升培训班");
  expect(text).toContain("已占 2 / 共 3");
  expect(text).toMatch(/待审核\s*1/);
  expect(text).toMatch(/候补\s*1/);
  expect(hrefs).toContain("/admin/training?status=PUBLISHED");
  expect(hrefs).toContain("/admin/training/reports");
  noIds(text);
  const drafts = await renderPage(`${P}/page`, pageProps({}, { status: "DRAFT" }));
  expect(drafts.text).toContain("新时代组织工作专题讲座");
  expect(drafts.text).not.toContain("年轻干部履职能力提升培训班");
});

test("a class: details, sessions with their hours, materials, and the sign-ups with their decisions", async () => {
  const { text, markers } = await renderPage(`${P}/[id]/page`, pageProps({ id: classId }, { done: "bulkApproved", n: "2", full: "1" }));
  expect(text).toContain("已录取 2 人。");
  expect(text).toContain("另有 1 人因名额已满未能录取。");
  expect(text).toContain("总学时");
  expect(text).toContain("5.5 学时");
  expect(text).toContain("课程安排（2 次）");
  expect(text).toContain("出勤 1 人");
  expect(text).toContain("培训日程安排");
  noIds(text);
  const list = markers.find((m) => m.client === "SignupList")!;
  const rows = list.props.rows as { name: string; status: string; decisions: string[] }[];
  expect(rows.map((r) => [r.name, r.status, r.decisions])).toEqual([
    ["林晓东", "APPROVED", ["DECLINE"]],
    ["周海燕", "PENDING", ["APPROVE", "DECLINE", "WAITLIST"]],
    ["陈立新", "WAITLISTED", ["APPROVE", "DECLINE"]],
  ]);
});

test("the editor, a session's attendance list, the 签到码 screen and the reports render in Chinese", async () => {
  const edit = await renderPage(`${P}/[id]/edit/page`, pageProps({ id: classId }));
  const form = edit.markers.find((m) => m.client === "TrainingClassForm")!;
  expect(form.props.initial).toMatchObject({ title: "年轻干部履职能力提升培训班", capacity: "3" });

  const session = await renderPage(`${P}/[id]/sessions/[sessionId]/page`, pageProps({ id: classId, sessionId }));
  expect(session.text).toContain("已出勤 1 人，共 1 人");
  const rows = session.markers.find((m) => m.client === "AttendanceList")!.props.rows as { name: string; present: boolean; how: string }[];
  expect(rows).toEqual([
    expect.objectContaining({
      name: "林晓东",
      present: true,
      how: expect.stringMatching(/^工作人员登记 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/),
    }),
  ]);
  noIds(session.text);

  const code = await renderPage(`${P}/[id]/sessions/[sessionId]/code/page`, pageProps({ id: classId, sessionId }));
  expect(code.text).toMatch(/\b\d{6}\b/);
  expect(code.text).toContain("签到时间：");

  const reports = await renderPage(`${P}/reports/page`, pageProps({}, { year: "all" }));
  expect(reports.text).toContain("按培训班统计");
  expect(reports.text).toContain("年轻干部履职能力提升培训班");
  noIds(reports.text.replace(/\/admin\/training\/[^"]+/g, ""));

  const home = await renderPage("@/app/[locale]/(admin)/admin/page", pageProps());
  expect(home.text).toMatch(/\d+ 人报名待审核（\d+ 个培训班）/);
});

test("a nominator does not get the pages", async () => {
  setPageCaller(await makeUser());
  await expect(renderPage(`${P}/page`, pageProps())).rejects.toThrow();
  setPageCaller(reviewer);
});
