// 监督举报: the report's fields, the acknowledged warning against 诬告陷害, anonymous (查询码,
// never an account) or real name, the per-address daily cap for anonymous reports under 50
// concurrent submissions, the same text twice refused, and confidentiality: after filing, no
// public response (notice page data, home, boards, feeds, sitemap, search) carries a case's
// words or its writer's name.
import { newClientAddress, setCaller } from "./support/action-mocks";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { board } from "@/lib/data/public-cache";
import { fileReport, EVIDENCE_HEADING } from "@/lib/data/cases/report";
import { fileObjection } from "@/lib/data/cases/objection";
import { reportSchema, type ReportInput } from "@/lib/validation/cases-channels";
import { fileAnonymousReportAction, fileReportAction } from "@/app/[locale]/(public)/report/new/actions";
import { GET as feedGET } from "@/app/feeds/[board]/[file]/route";
import sitemap from "@/app/sitemap";
import { FEED_BOARDS } from "@/lib/feeds/entries";
import { activePreNotice, type PublishedNotice } from "./support/channels-world";
import { makeUser } from "./support/users";
import { callAction, formData } from "./support/call-action";
import { solvedChallenge } from "./support/challenge";

jest.setTimeout(120_000);

const QUERY_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
let staff: Actor;
let approved: Actor;
let pending: Actor;

let letters = 0;
const facts = () => `该同志在干部考察期间多次宴请考察组成员并赠送购物卡，第${++letters}条。`;
const report = (over: Partial<ReportInput> = {}): ReportInput => ({
  category: "VOTE_BUYING",
  subjectName: "钱某某",
  subjectUnit: "某县交通运输局",
  subjectPost: "副局长",
  body: facts(),
  eventTime: "2026年11月中旬",
  eventPlace: "某县城区一酒店",
  evidence: "有当晚在场人员可以证明。",
  acknowledge: true,
  ...over,
});
let addresses = 0;
const anon = () => ({ address: `198.51.100.${++addresses}`, anonymous: true });

beforeAll(async () => {
  staff = await makeUser({ role: "ADMIN", realName: "管理员甲" });
  approved = await makeUser({ realName: "实名举报乙" });
  pending = await makeUser({ status: "PENDING", realName: "待审核丙" });
});

describe("the report's fields", () => {
  test("person reported, the facts (what, when, where) and the evidence text are kept; category and number JB", async () => {
    const filed = await fileReport(null, report(), anon());
    expect(filed.number).toMatch(/^JB\d{8}-\d{4}$/);
    const c = await db().case.findUniqueOrThrow({ where: { id: filed.id }, include: { messages: true } });
    expect(c).toMatchObject({
      kind: "REPORT",
      status: "PENDING",
      category: "VOTE_BUYING",
      subjectName: "钱某某",
      subjectUnit: "某县交通运输局",
      subjectPost: "副局长",
      eventTime: "2026年11月中旬",
      eventPlace: "某县城区一酒店",
      noticeId: null,
    });
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]!.body).toContain("宴请考察组成员");
    expect(c.messages[0]!.body).toContain(`${EVIDENCE_HEADING}\n有当晚在场人员可以证明。`);
  });

  test("the form: category from the list, person's name and unit and the facts required; post, time, place and evidence optional", () => {
    const ok = reportSchema.safeParse({ category: "OTHER", subjectName: "钱某", subjectUnit: "某局", body: facts(), acknowledge: "on" });
    expect(ok.success).toBe(true);
    const bad = reportSchema.safeParse({ category: "ELSE", subjectName: "", subjectUnit: "", body: "太短", acknowledge: "on" });
    expect(bad.success).toBe(false);
    const errors = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(errors).toEqual({
      category: "errors.invalid",
      subjectName: "errors.required",
      subjectUnit: "errors.required",
      body: "report.errors.bodyShort",
    });
    // A zero-width character in the person's name would make two "identical" names differ.
    expect(reportSchema.safeParse({ ...report(), subjectName: "钱\u200b某", acknowledge: "on" }).success).toBe(false);
  });
});

describe("the warning against 诬告陷害 must be acknowledged", () => {
  test("without the box ticked: refused by the form's schema and by the data layer", async () => {
    const r = reportSchema.safeParse({ ...report(), acknowledge: undefined });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["acknowledge", "report.errors.acknowledge"]]);
    const before = await db().case.count();
    await expect(fileReport(null, report({ acknowledge: false }), anon())).rejects.toMatchObject({
      fieldErrors: { acknowledge: ["report.errors.acknowledge"] },
    });
    expect(await db().case.count()).toBe(before);
  });

  test("through the action: the box left out is refused on that field", async () => {
    newClientAddress();
    setCaller(null);
    const { acknowledge: _, ...rest } = report();
    void _;
    const out = await callAction(fileAnonymousReportAction as never, [
      {},
      formData({ ...(rest as Record<string, string>), altcha: await solvedChallenge() }),
    ]);
    expect(out).toMatchObject({
      kind: "returned",
      state: { message: "errors.invalid", errors: { acknowledge: ["report.errors.acknowledge"] } },
    });
  });
});

describe("anonymous or real name", () => {
  test("anonymous: 查询码 once, no account; a signed-in user who chooses it leaves no account either", async () => {
    for (const actor of [null, approved]) {
      const filed = await fileReport(actor, report(), anon());
      expect(filed.queryCode).toMatch(QUERY_CODE);
      const c = await db().case.findUniqueOrThrow({ where: { id: filed.id }, include: { messages: true } });
      expect(c).toMatchObject({ writerId: null, anonymous: true });
      expect(c.messages[0]!.authorId).toBeNull();
    }
  });

  test("real name: an approved account only", async () => {
    const filed = await fileReport(approved, report(), { address: "198.51.100.250", anonymous: false });
    expect(filed.queryCode).toBeNull();
    expect(await db().case.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({ writerId: approved.id, anonymous: false });
    await expect(fileReport(pending, report(), { address: "198.51.100.250", anonymous: false })).rejects.toMatchObject({
      code: "notApproved",
    });
    await expect(fileReport(null, report(), { address: "198.51.100.250", anonymous: false })).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });

  test("through the actions: anonymous needs the challenge; real name refused to a pending account; the anonymous answer carries the code", async () => {
    const fields = () => ({ ...report(), acknowledge: "on" }) as unknown as Record<string, string>;
    newClientAddress();
    setCaller(null);
    expect(await callAction(fileAnonymousReportAction as never, [{}, formData(fields())])).toMatchObject({
      state: { message: "errors.challenge" },
    });
    setCaller(pending);
    expect(await callAction(fileReportAction as never, [{}, formData(fields())])).toMatchObject({
      state: { message: "errors.auth.notApproved" },
    });
    setCaller(null);
    const out = await callAction(fileAnonymousReportAction as never, [{}, formData({ ...fields(), altcha: await solvedChallenge() })]);
    expect(out).toMatchObject({ kind: "returned", state: { ok: true, message: "report.filed", filed: { caseId: null } } });
    expect((out as unknown as { state: { filed: { queryCode: string } } }).state.filed.queryCode).toMatch(QUERY_CODE);
    setCaller(approved);
    // With the file input left empty, as Next hands it over (an empty part named "undefined"): no files, not an error.
    const named = await callAction(fileReportAction as never, [{}, formData({ ...fields(), attachments: new File([], "undefined") })]);
    expect(named).toMatchObject({ kind: "returned", state: { ok: true, filed: { queryCode: null } } });
  });
});

describe("abuse", () => {
  test("50 concurrent anonymous reports from one address: exactly the daily cap (5) accepted, the rest told the cap", async () => {
    const address = "192.0.2.77";
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => fileReport(null, report(), { address, anonymous: true })));
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(accepted).toHaveLength(5);
    expect(new Set(refused.map((r) => (r.reason as { messageKey?: string }).messageKey))).toEqual(new Set(["errors.rateLimit.cases"]));
    // Another address is not affected.
    await expect(fileReport(null, report(), { address: "192.0.2.78", anonymous: true })).resolves.toBeTruthy();
  });

  test("the same text twice in a day from the same source: refused (white space aside)", async () => {
    const text = facts();
    const address = "192.0.2.90";
    await fileReport(null, report({ body: text }), { address, anonymous: true });
    await expect(fileReport(null, report({ body: ` ${text.replace("，", "， ")}` }), { address, anonymous: true })).rejects.toMatchObject({
      messageKey: "cases.errors.duplicate",
    });
    const named = facts();
    await fileReport(approved, report({ body: named }), { address, anonymous: false });
    await expect(fileReport(approved, report({ body: named }), { address: "192.0.2.91", anonymous: false })).rejects.toMatchObject({
      messageKey: "cases.errors.duplicate",
    });
  });
});

describe("confidentiality: no public response carries a case", () => {
  const MARK_REPORT = "甲乙丙丁戊己庚辛壬癸举报";
  const MARK_OBJECTION = "子丑寅卯辰巳午未申酉反映";
  const REPORTED = "欧阳讳某";
  let live: PublishedNotice;
  let writer: Actor;

  beforeAll(async () => {
    writer = await makeUser({ realName: "司马实名" });
    live = await activePreNotice(staff);
    await fileReport(writer, report({ subjectName: REPORTED, body: `${MARK_REPORT}：${facts()}`, evidence: MARK_REPORT }), {
      address: "192.0.2.100",
      anonymous: false,
    });
    await fileObjection(
      writer,
      { noticeId: live.id, noticeEntryId: live.entries[0]!.id, body: `${MARK_OBJECTION}：${facts()}` },
      {
        address: "192.0.2.100",
        anonymous: false,
      },
    );
  });

  const secrets = () => [MARK_REPORT, MARK_OBJECTION, REPORTED, writer.realName];
  const clean = (what: string, text: string) => {
    for (const s of secrets()) expect({ what, leaked: text.includes(s) ? s : null }).toEqual({ what, leaked: null });
  };

  test("the notice's page data, the notice list, home", async () => {
    clean("notice", JSON.stringify(await board.notice(live.id)));
    clean("notices", JSON.stringify(await board.noticeList({})));
    clean("active notices", JSON.stringify(await board.noticeList({ state: "ACTIVE" })));
    clean("home", JSON.stringify(await board.home()));
  });

  test("feeds and sitemap as served", async () => {
    for (const b of FEED_BOARDS) {
      for (const file of ["rss.xml", "atom.xml"]) {
        const res = await feedGET(new Request(`http://localhost:3000/feeds/${b}/${file}`), { params: Promise.resolve({ board: b, file }) });
        expect(res.status).toBe(200);
        clean(`feed ${b}/${file}`, await res.text());
      }
    }
    const map = await sitemap();
    clean("sitemap", JSON.stringify(map));
    // The channel's explanation is public; its form page and the objection forms are not listed.
    expect(map.map((e) => new URL(e.url).pathname)).toEqual(expect.arrayContaining(["/report"]));
    expect(map.filter((e) => /\/(object|report\/new)$/.test(e.url))).toEqual([]);
  });

  test("search, for each of the case's words and the writer's name", async () => {
    for (const q of [...secrets(), "宴请考察组成员", "购物卡"]) {
      const r = await board.search({ q });
      expect({ q, total: r?.total ?? 0 }).toEqual({ q, total: 0 });
      // The answer repeats the query itself (the search box); the hits must hold nothing of it.
      clean(`search ${q}`, JSON.stringify({ rows: r?.rows, counts: r?.counts }));
    }
  });
});
