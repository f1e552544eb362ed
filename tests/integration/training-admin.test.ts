// The 干部教育培训 console on a real database: creating a class through its action (and the
// refusals with field errors, keeping what was typed), sessions with 学时 in tenths, publishing
// (a session needed, an open window), the capacity that may not drop below the places taken,
// cancelling (everyone signed up told), bulk approval, materials checked by content, the
// reports' sums per class / unit / year (exact, from tenths) and their .xlsx export, and
// nominators refused at the actions, the data layer and the export route.
import { newClientAddress, setCaller } from "./support/action-mocks";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { AuthzError, type Actor } from "@/lib/auth/actor";
import { toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { renderTable } from "@/lib/nominations/spreadsheet";
import { getClassAdmin, pendingSignupCount } from "@/lib/data/training/classes";
import { exportTrainingReport, trainingReport } from "@/lib/data/training/reports";
import { trainingClassSchema } from "@/lib/validation/training";
import {
  addTrainingMaterialAction,
  bulkApproveEnrolmentsAction,
  cancelTrainingClassAction,
  decideEnrolmentAction,
  markAttendanceAction,
  saveTrainingClassAction,
  saveTrainingSessionAction,
  trainingClassMoveAction,
} from "@/app/[locale]/(admin)/admin/training/actions";
import { GET as exportRoute } from "@/app/[locale]/(admin)/admin/training/reports/export/route";
import { callAction, formData, type Outcome } from "./support/call-action";
import { makeUser } from "./support/users";
import { makeEnrolment, makeTrainingClass, markPresent } from "./support/training-admin-world";

jest.setTimeout(120_000);

const DAY = 86_400_000;
const at = (days: number) => toShanghaiDateTimeInput(new Date(Date.now() + days * DAY));

let reviewer: Actor;
let nominator: Actor;

beforeAll(async () => {
  reviewer = await makeUser({ role: "REVIEWER", realName: "审核员甲" });
  nominator = await makeUser({ realName: "推荐人乙" });
});

beforeEach(() => newClientAddress());

const classForm = (over: Record<string, string | string[]> = {}) => ({
  title: "2026年度年轻干部能力提升培训班",
  organizer: "中共舟山市委组织部",
  kind: "CENTRAL",
  place: "舟山市委党校报告厅",
  onlineUrl: "",
  description: "围绕履职能力开展专题培训。",
  capacity: "40",
  eligibleLevels: ["SECTION", "DEPUTY_SECTION"],
  eligibleUnits: "舟山市发展和改革委员会\n舟山市财政局\n",
  signupOpensAt: at(-1),
  signupClosesAt: at(7),
  ...over,
});

async function call(
  action: (...a: unknown[]) => Promise<unknown>,
  fields: Record<string, string | Blob | (string | Blob)[]>,
  as: Actor | null = reviewer,
) {
  setCaller(as);
  return callAction(action, [{}, formData(fields)]);
}

const redirected = (o: Outcome) => (o.kind === "redirect" ? o.to : `not redirected: ${JSON.stringify(o)}`);
const idFrom = (to: string) => /\/admin\/training\/([^/?#]+)/.exec(to)![1]!;

describe("creating a class", () => {
  test("a reviewer creates a draft through the form; it is audited with its lists", async () => {
    const o = await call(saveTrainingClassAction as never, classForm());
    expect(redirected(o)).toMatch(/^\/admin\/training\/[^/]+\?done=created$/);
    const id = idFrom((o as { to: string }).to);
    const c = await db().trainingClass.findUniqueOrThrow({ where: { id } });
    expect(c).toMatchObject({ status: "DRAFT", capacity: 40, kind: "CENTRAL", createdById: reviewer.id });
    expect(JSON.parse(c.eligibleLevels)).toEqual(["DEPUTY_SECTION", "SECTION"]);
    expect(JSON.parse(c.eligibleUnits)).toEqual(["舟山市发展和改革委员会", "舟山市财政局"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "training.class.create", entityId: id } });
    expect(JSON.parse(audit.after!)).toMatchObject({ eligibleUnits: ["舟山市发展和改革委员会", "舟山市财政局"], status: "DRAFT" });
  });

  test("the description from the toolbar editor is kept as sanitized HTML; an empty editor is no description", async () => {
    const o = await call(
      saveTrainingClassAction as never,
      classForm({ description: '<p>围绕<strong>履职能力</strong>开展培训</p><script>alert(1)</script><p onclick="x()">报到须知</p>' }),
    );
    const c = await db().trainingClass.findUniqueOrThrow({ where: { id: idFrom(redirected(o)) } });
    expect(c.description).toBe("<p>围绕<strong>履职能力</strong>开展培训</p><p>报到须知</p>");
    const empty = await call(saveTrainingClassAction as never, classForm({ description: "<p></p>" }));
    expect((await db().trainingClass.findUniqueOrThrow({ where: { id: idFrom(redirected(empty)) } })).description).toBe("");
  });

  test("a refused form names each wrong field in Chinese keys and sends back what was typed", async () => {
    const before = await db().trainingClass.count();
    const o = await call(
      saveTrainingClassAction as never,
      classForm({ kind: "ONLINE", place: "", onlineUrl: "javascript:alert(1)", capacity: "0", signupClosesAt: at(-2) }),
    );
    expect(o.kind).toBe("returned");
    const s = (o as { state: { errors: Record<string, string[]>; values: Record<string, string> } }).state;
    expect(s.errors.onlineUrl).toEqual(["trainingAdmin.errors.url"]);
    expect(s.errors.capacity).toEqual(["trainingAdmin.errors.capacity"]);
    expect(s.errors.signupClosesAt).toEqual(["trainingAdmin.errors.windowOrder"]);
    expect(s.values.title).toBe("2026年度年轻干部能力提升培训班");
    expect(s.values.eligibleUnits).toBe("舟山市发展和改革委员会\n舟山市财政局");
    expect(await db().trainingClass.count()).toBe(before);
  });

  test("an online class needs its link; a class held somewhere needs its place", () => {
    const parse = (over: Record<string, string>) => trainingClassSchema.safeParse(classForm(over));
    const online = parse({ kind: "ONLINE", place: "", onlineUrl: "" });
    expect(online.success).toBe(false);
    expect(online.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["onlineUrl", "trainingAdmin.errors.onlineUrlRequired"],
    ]);
    const lecture = parse({ kind: "LECTURE", place: "" });
    expect(lecture.error!.issues.map((i) => i.message)).toEqual(["trainingAdmin.errors.placeRequired"]);
    expect(parse({ kind: "ONLINE", place: "", onlineUrl: "https://learning.example.cn/c/12" }).success).toBe(true);
  });

  test("a nominator is refused at the action and at the data layer; nothing is written", async () => {
    const before = await db().trainingClass.count();
    const o = await call(saveTrainingClassAction as never, classForm(), nominator);
    expect(o).toMatchObject({ kind: "returned", state: { message: "errors.auth.forbidden" } });
    expect(await db().trainingClass.count()).toBe(before);
    await expect(trainingReport(nominator, 2026)).rejects.toBeInstanceOf(AuthzError);
    await expect(pendingSignupCount(nominator)).rejects.toBeInstanceOf(AuthzError);
    const c = await makeTrainingClass({ status: "DRAFT" });
    await expect(getClassAdmin(nominator, c.id)).rejects.toBeInstanceOf(AuthzError);
  });
});

describe("sessions and publishing", () => {
  test("a draft needs a session to be published; 学时 are kept in tenths; publishing stamps the date", async () => {
    const created = await call(saveTrainingClassAction as never, classForm({ title: "专题讲座：新时代组织工作", kind: "LECTURE" }));
    const id = idFrom((created as { to: string }).to);

    const early = await call(trainingClassMoveAction as never, { id, move: "publish" });
    expect(early).toMatchObject({ kind: "returned", state: { message: "trainingAdmin.errors.noSessions" } });

    const bad = await call(saveTrainingSessionAction as never, {
      classId: id,
      title: "第一讲",
      startsAt: at(10),
      endsAt: at(9),
      hoursTenths: "1.25",
    });
    const errors = (bad as { state: { errors: Record<string, string[]> } }).state.errors;
    expect(errors.hoursTenths).toEqual(["trainingAdmin.errors.hours"]);
    expect(errors.endsAt).toEqual(["trainingAdmin.errors.sessionOrder"]);

    const ok = await call(saveTrainingSessionAction as never, {
      classId: id,
      title: "第一讲",
      startsAt: at(10),
      endsAt: at(10.1),
      hoursTenths: "1.5",
    });
    expect(redirected(ok)).toBe(`/admin/training/${id}?done=sessionAdded#sessions`);
    const [session] = await db().trainingSession.findMany({ where: { classId: id } });
    expect(session).toMatchObject({ hoursTenths: 15, title: "第一讲" });
    expect(session!.checkinSecret.length).toBeGreaterThanOrEqual(40);

    const published = await call(trainingClassMoveAction as never, { id, move: "publish" });
    expect(redirected(published)).toBe(`/admin/training/${id}?done=publish`);
    const c = await db().trainingClass.findUniqueOrThrow({ where: { id } });
    expect(c.status).toBe("PUBLISHED");
    expect(c.publishedAt).not.toBeNull();
    expect(await db().auditLog.count({ where: { entityId: id, action: { in: ["training.session.add", "training.class.publish"] } } })).toBe(
      2,
    );
  });

  test("a class whose sign-up has closed is not published; a class is not finished before its sessions begin", async () => {
    const c = await makeTrainingClass({ status: "DRAFT" });
    await db().trainingClass.update({
      where: { id: c.id },
      data: { signupClosesAt: new Date(Date.now() - DAY), signupOpensAt: new Date(Date.now() - 3 * DAY) },
    });
    expect(await call(trainingClassMoveAction as never, { id: c.id, move: "publish" })).toMatchObject({
      state: { message: "trainingAdmin.errors.publishClosed" },
    });
    const p = await makeTrainingClass();
    expect(await call(trainingClassMoveAction as never, { id: p.id, move: "finish" })).toMatchObject({
      state: { message: "trainingAdmin.errors.finishEarly" },
    });
  });
});

describe("capacity", () => {
  test("the capacity may not drop below the places taken (and may equal them)", async () => {
    const c = await makeTrainingClass({ capacity: 10 });
    for (let i = 0; i < 3; i++) await makeEnrolment(c.id, (await makeUser()).id, i === 0 ? "APPROVED" : "PENDING");
    await makeEnrolment(c.id, (await makeUser()).id, "WAITLISTED");
    const row = await db().trainingClass.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.seatsTaken).toBe(3);
    const form = (capacity: string) =>
      classForm({
        title: row.title,
        capacity,
        signupOpensAt: toShanghaiDateTimeInput(row.signupOpensAt),
        signupClosesAt: toShanghaiDateTimeInput(row.signupClosesAt),
      });
    const refused = await call(saveTrainingClassAction as never, { id: c.id, ...form("2") });
    expect(refused).toMatchObject({ kind: "returned", state: { errors: { capacity: ["trainingAdmin.errors.capacityBelowTaken"] } } });
    expect((await db().trainingClass.findUniqueOrThrow({ where: { id: c.id } })).capacity).toBe(10);
    expect(redirected(await call(saveTrainingClassAction as never, { id: c.id, ...form("3") }))).toBe(`/admin/training/${c.id}?done=saved`);
    expect((await db().trainingClass.findUniqueOrThrow({ where: { id: c.id } })).capacity).toBe(3);
  });
});

describe("cancelling and deciding", () => {
  test("cancelling tells everyone signed up, approved or waiting (not the declined); audited with the reason", async () => {
    const c = await makeTrainingClass();
    const people = await Promise.all([0, 1, 2, 3].map(() => makeUser()));
    await makeEnrolment(c.id, people[0]!.id, "PENDING");
    await makeEnrolment(c.id, people[1]!.id, "APPROVED");
    await makeEnrolment(c.id, people[2]!.id, "WAITLISTED");
    await makeEnrolment(c.id, people[3]!.id, "DECLINED");
    const o = await call(cancelTrainingClassAction as never, { id: c.id, reason: "因工作安排调整，本期培训取消" });
    expect(redirected(o)).toBe(`/admin/training/${c.id}?done=cancel`);
    expect((await db().trainingClass.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("CANCELLED");
    const told = await db().notification.findMany({ where: { kind: "training.classCancelled", userId: { in: people.map((p) => p.id) } } });
    expect(told.map((n) => n.userId).sort()).toEqual(
      people
        .slice(0, 3)
        .map((p) => p.id)
        .sort(),
    );
    expect(JSON.parse(told[0]!.params)).toMatchObject({ reason: "因工作安排调整，本期培训取消" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "training.class.cancel", entityId: c.id } });
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "CANCELLED", reason: "因工作安排调整，本期培训取消" });
    // A draft cannot be cancelled (the class machine), and a cancelled class is not edited.
    const d = await makeTrainingClass({ status: "DRAFT" });
    expect(await call(cancelTrainingClassAction as never, { id: d.id, reason: "不办了" })).toMatchObject({
      state: { message: "boardErrors.badTransition" },
    });
  });

  test("bulk approve admits the ticked sign-ups of the class, and a waiting person only while places are free", async () => {
    const c = await makeTrainingClass({ capacity: 3 });
    const ids = [];
    for (const status of ["PENDING", "PENDING", "WAITLISTED", "WAITLISTED"])
      ids.push(await makeEnrolment(c.id, (await makeUser()).id, status));
    const other = await makeTrainingClass();
    const foreign = await makeEnrolment(other.id, (await makeUser()).id, "PENDING");
    const o = await call(bulkApproveEnrolmentsAction as never, { classId: c.id, ids: [...ids, foreign] });
    expect(redirected(o)).toBe(`/admin/training/${c.id}?done=bulkApproved&n=3&full=1#signups`);
    const rows = await db().trainingEnrolment.findMany({ where: { classId: c.id }, orderBy: { createdAt: "asc" } });
    expect(rows.filter((r) => r.status === "APPROVED")).toHaveLength(3);
    expect((await db().trainingClass.findUniqueOrThrow({ where: { id: c.id } })).seatsTaken).toBe(3);
    expect((await db().trainingEnrolment.findUniqueOrThrow({ where: { id: foreign } })).status).toBe("PENDING");
    expect(await call(bulkApproveEnrolmentsAction as never, { classId: c.id }, nominator)).toMatchObject({
      state: { message: "errors.auth.forbidden" },
    });
    // Ids of another class only, or a class that does not exist: refused in words, nothing written.
    expect(await call(bulkApproveEnrolmentsAction as never, { classId: c.id, ids: [foreign] })).toMatchObject({
      state: { message: "trainingAdmin.errors.noneApprovable" },
    });
    expect(await call(bulkApproveEnrolmentsAction as never, { classId: "__proto__", ids: [foreign] })).toMatchObject({
      state: { message: "errors.notFound" },
    });
    expect((await db().trainingEnrolment.findUniqueOrThrow({ where: { id: foreign } })).status).toBe("PENDING");
  });
});

describe("one decision and the attendance list", () => {
  test("a decision with a note goes through the sign-ups module and returns to the class's list", async () => {
    const c = await makeTrainingClass();
    const e = await makeEnrolment(c.id, (await makeUser()).id, "PENDING");
    const o = await call(decideEnrolmentAction as never, { enrolmentId: e, decision: "WAITLIST", note: "名额有限，先列入候补" });
    expect(redirected(o)).toBe(`/admin/training/${c.id}?done=waitlist#signups`);
    expect(await db().trainingEnrolment.findUniqueOrThrow({ where: { id: e } })).toMatchObject({
      status: "WAITLISTED",
      note: "名额有限，先列入候补",
    });
    expect(await call(decideEnrolmentAction as never, { enrolmentId: e, decision: "APPROVE" }, nominator)).toMatchObject({
      state: { message: "errors.auth.forbidden" },
    });
  });

  test("staff mark a person present and then absent on a session that has begun", async () => {
    const c = await makeTrainingClass({ sessions: [{ startsAt: new Date(Date.now() - 3_600_000), hoursTenths: 20 }] });
    const e = await makeEnrolment(c.id, (await makeUser()).id, "APPROVED");
    const sessionId = c.sessionIds[0]!;
    expect(await call(markAttendanceAction as never, { sessionId, enrolmentId: e, present: "on" })).toMatchObject({
      kind: "returned",
      state: { ok: true, message: "trainingAdmin.attendance.saved" },
    });
    expect(await db().trainingAttendance.count({ where: { sessionId, enrolmentId: e } })).toBe(1);
    expect(await call(markAttendanceAction as never, { sessionId, enrolmentId: e, present: "off" })).toMatchObject({
      state: { errors: { present: ["errors.invalid"] } },
    });
    expect(await call(markAttendanceAction as never, { sessionId, enrolmentId: e })).toMatchObject({ state: { ok: true } });
    expect(await db().trainingAttendance.count({ where: { sessionId, enrolmentId: e } })).toBe(0);
  });
});

describe("materials", () => {
  const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

  test("a PDF is stored with a cleaned name; a script named .pdf, a link and a file together, and nothing at all are refused", async () => {
    const c = await makeTrainingClass({ status: "DRAFT" });
    const ok = await call(addTrainingMaterialAction as never, {
      classId: c.id,
      title: "培训须知",
      url: "",
      file: new File([PDF], "../须知\u202e.pdf", { type: "application/pdf" }),
    });
    expect(redirected(ok)).toBe(`/admin/training/${c.id}?done=materialAdded#materials`);
    const m = await db().trainingMaterial.findFirstOrThrow({ where: { classId: c.id } });
    expect(m).toMatchObject({ fileName: "须知.pdf", mimeType: "application/pdf", size: PDF.length });

    const fake = await call(addTrainingMaterialAction as never, {
      classId: c.id,
      title: "伪装文件",
      file: new File(["<script>alert(1)</script>"], "a.pdf", { type: "application/pdf" }),
    });
    expect(fake).toMatchObject({ state: { errors: { file: ["trainingAdmin.errors.file.type"] }, values: { title: "伪装文件" } } });
    const both = await call(addTrainingMaterialAction as never, {
      classId: c.id,
      title: "两者",
      url: "https://www.example.cn/a",
      file: new File([PDF], "a.pdf"),
    });
    expect(both).toMatchObject({ state: { errors: { url: ["trainingAdmin.errors.linkAndFile"] } } });
    const none = await call(addTrainingMaterialAction as never, { classId: c.id, title: "空" });
    expect(none).toMatchObject({ state: { errors: { url: ["trainingAdmin.errors.linkOrFile"] } } });
    const link = await call(addTrainingMaterialAction as never, {
      classId: c.id,
      title: "学习平台",
      url: "https://learning.example.cn/course/7",
    });
    expect(redirected(link)).toContain("materialAdded");
    expect(await db().trainingMaterial.count({ where: { classId: c.id } })).toBe(2);
  });
});

describe("reports", () => {
  // Two units, two years (Beijing years: a session at 2025-12-31 20:00 Beijing is 2025 even though
  // it is 12:00 UTC; one at 2026-01-01 07:00 Beijing is 2026 though UTC still says 2025-12-31).
  let classA: string;
  let unitA: string;
  let unitB: string;
  beforeAll(async () => {
    unitA = `舟山市审计局（${Date.now()}）`;
    unitB = `舟山市统计局（${Date.now()}）`;
    const a = await makeTrainingClass({
      title: "报表测试班甲",
      sessions: [
        { startsAt: new Date("2025-12-31T12:00:00Z"), hoursTenths: 1 },
        { startsAt: new Date("2025-12-31T23:00:00Z"), hoursTenths: 2 },
        { startsAt: new Date("2026-03-02T01:00:00Z"), hoursTenths: 35 },
      ],
    });
    classA = a.id;
    const cancelled = await makeTrainingClass({
      status: "CANCELLED",
      sessions: [{ startsAt: new Date("2026-03-03T01:00:00Z"), hoursTenths: 40 }],
    });
    const [p1, p2, p3] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    await db().user.update({ where: { id: p1.id }, data: { workUnit: unitA } });
    await db().user.update({ where: { id: p2.id }, data: { workUnit: unitA } });
    await db().user.update({ where: { id: p3.id }, data: { workUnit: unitB } });
    const e1 = await makeEnrolment(a.id, p1.id, "APPROVED");
    const e2 = await makeEnrolment(a.id, p2.id, "APPROVED");
    const e3 = await makeEnrolment(a.id, p3.id, "APPROVED");
    const [s2025, s2026a, s2026b] = a.sessionIds as [string, string, string];
    // p1: all three (0.1 + 0.2 + 3.5); p2: 2025 and the second 2026 one (0.1 + 3.5); p3: the first 2026 one (0.2).
    for (const [s, e] of [
      [s2025, e1],
      [s2026a, e1],
      [s2026b, e1],
      [s2025, e2],
      [s2026b, e2],
      [s2026a, e3],
    ] as const)
      await markPresent(s, e);
    // Attendance at a cancelled class counts nowhere.
    const ce = await makeEnrolment(cancelled.id, p3.id, "APPROVED");
    await markPresent(cancelled.sessionIds[0]!, ce);
  });

  test("per class, unit and year, summed exactly from tenths, by the Beijing year of each session", async () => {
    const y2026 = await trainingReport(reviewer, 2026);
    const row = y2026.classes.find((c) => c.classId === classA)!;
    expect(row).toMatchObject({
      sessions: 2,
      offeredTenths: 37,
      approved: 3,
      attendees: 3,
      attendances: 4,
      creditedTenths: 2 + 2 + 35 + 35,
    });
    expect(row.rate).toBe(Math.round((4 * 100) / 6));
    expect(y2026.units.find((u) => u.unit === unitA)).toEqual({ unit: unitA, people: 2, attendances: 3, creditedTenths: 72 });
    expect(y2026.units.find((u) => u.unit === unitB)).toEqual({ unit: unitB, people: 1, attendances: 1, creditedTenths: 2 });

    const y2025 = await trainingReport(reviewer, 2025);
    expect(y2025.classes.find((c) => c.classId === classA)).toMatchObject({ sessions: 1, attendances: 2, creditedTenths: 2 });
    expect(y2025.units.find((u) => u.unit === unitA)).toEqual({ unit: unitA, people: 2, attendances: 2, creditedTenths: 2 });

    const all = await trainingReport(reviewer, null);
    expect(all.classes.find((c) => c.classId === classA)!.creditedTenths).toBe(76);
    expect(all.units.find((u) => u.unit === unitA)!.creditedTenths).toBe(74);
    const years = Object.fromEntries(all.years.map((y) => [y.year, y]));
    expect(years[2025]).toMatchObject({ attendances: 2, creditedTenths: 2, sessions: 1 });
    expect(years[2026]!.creditedTenths).toBeGreaterThanOrEqual(74);
    // Nothing of the cancelled class.
    expect(all.classes.some((c) => c.creditedTenths === 40 && c.title !== "报表测试班甲")).toBe(false);
  });

  test("the .xlsx export carries the same sums as numbers with one decimal place, and is audited", async () => {
    const table = await exportTrainingReport(reviewer, "units", 2026);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTable(table, "xlsx")) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, "序号", "单位", "参训人数", "出勤人次", "认定学时合计"]);
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const a = rows.find((r) => r[2] === unitA)!;
    expect(a.slice(3)).toEqual([2, 3, 7.2]);
    const b = rows.find((r) => r[2] === unitB)!;
    expect(b.slice(3)).toEqual([1, 1, 0.2]);
    expect(rows.at(-1)![1]).toBe("合计");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "export.training" }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ report: "units", year: 2026 });
    const classes = await exportTrainingReport(reviewer, "classes", 2026);
    const line = classes.rows.find((r) => r[1] === "报表测试班甲")!;
    expect(line.slice(4)).toEqual([2, 3.7, 3, 3, 4, 67, 7.4]);
  });

  test("the export route answers 403 to a nominator and 401 to a visitor, and a sheet to staff", async () => {
    const req = (q: string) => ({ nextUrl: new URL(`http://localhost/admin/training/reports/export?${q}`) }) as never;
    setCaller(nominator);
    expect((await exportRoute(req("kind=units&year=2026"))).status).toBe(403);
    setCaller(null);
    expect((await exportRoute(req("kind=units&year=2026"))).status).toBe(401);
    setCaller(reviewer);
    expect((await exportRoute(req("kind=nonsense"))).status).toBe(400);
    const res = await exportRoute(req("kind=years&year=all"));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("spreadsheetml");
  });
});

describe("demo data", () => {
  test("the training seed gives the console a finished class with hours and an open one with decisions to make", async () => {
    const { seedTraining } = await import("@/scripts/seed/training");
    for (let i = 0; i < 32; i++) await makeUser();
    await seedTraining(db());
    const open = await db().trainingClass.findFirstOrThrow({ where: { title: "新时代组织工作专题讲座" } });
    expect(open).toMatchObject({ status: "PUBLISHED", seatsTaken: 6, capacity: 6 });
    expect(await pendingSignupCount(reviewer)).toMatchObject({ total: expect.any(Number) });
    expect((await pendingSignupCount(reviewer)).total).toBeGreaterThanOrEqual(4);
    const held = await db().trainingClass.findFirstOrThrow({ where: { title: "年轻干部履职能力提升培训班" } });
    const report = await trainingReport(reviewer, null);
    const row = report.classes.find((c) => c.classId === held.id)!;
    expect(row).toMatchObject({ sessions: 3, offeredTenths: 85, approved: 24, attendees: 24 });
    // 24 × 3 sessions, less 4 who missed the visit (i % 5 === 4) and 3 who missed the second day (i % 7 === 6).
    expect(row.attendances).toBe(72 - 4 - 3);
    expect(row.creditedTenths).toBe(24 * 85 - 4 * 25 - 3 * 30);
  });
});
