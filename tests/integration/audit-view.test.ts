// The audit log as an inspector reads it (lib/data/audit-view.ts), against a real database:
// entries written by the real data layer read with the person by name, the action's phrase,
// the object by name with its console page and the change in Chinese words, never ids or JSON;
// the filters; the .xlsx export (itself audited); the raw entry for administrators only; the
// case rules (a case about the reader is never listed, the writer named only to those who may
// see the writer); and the chain still verifies.
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { AuthzError, type Actor } from "@/lib/auth/actor";
import { addDays, shanghaiToday } from "@/lib/calendar/dates";
import { approveUser } from "@/lib/data/accounts";
import { submitNomination } from "@/lib/data/nominations";
import { decideNominations } from "@/lib/data/nomination-review";
import { auditChainSummary, auditQueryFrom, exportAuditEntries, listAuditEntries, personText, type AuditRow } from "@/lib/data/audit-view";
import { changeText, chineseWords } from "@/lib/audit/words";
import { renderTable } from "@/lib/nominations/spreadsheet";
import { makeUser, makeVacancy, targeted } from "./nominations-fixtures";
import { makeCase } from "./support/case-world";

jest.setTimeout(60_000);

const t = chineseWords();
let admin: Actor, reviewer: Actor, subject: Actor, nominator: Actor, applicant: Actor;
let nominationId: string, receiptNo: string, vacancyId: string;
let writtenCase: { id: string; number: string }, aboutSubject: { id: string; number: string };

const changes = (r: AuditRow) => r.changes.map((c) => changeText(c, t));
const find = (rows: AuditRow[], action: string, entity?: string) =>
  rows.find((r) => r.action === action && (!entity || r.entity?.id === entity || r.object?.href?.endsWith(entity)));

beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN", realName: "陈建国" });
  reviewer = await makeUser({ role: "REVIEWER", realName: "李敏" });
  subject = await makeUser({ role: "REVIEWER", realName: "赵刚" });
  nominator = await makeUser({ realName: "张伟" });
  applicant = await makeUser({ status: "PENDING", realName: "周海燕" });
  await approveUser(reviewer, applicant.id);
  const v = await makeVacancy();
  vacancyId = v.id;
  const n = await submitNomination(nominator, targeted(nominator, v.id));
  nominationId = n.id;
  receiptNo = n.receiptNo;
  await decideNominations(reviewer, [n.id], "ACCEPTED");
  writtenCase = await makeCase({ kind: "REPORT", writer: nominator });
  aboutSubject = await makeCase({ kind: "REPORT", subjectName: "赵刚" });
});

describe("each entry in words", () => {
  test("a registration approved: the reviewer by name, the phrase, the applicant with the registration page, the status in words", async () => {
    const { rows } = await listAuditEntries(reviewer, { action: "account.approve" });
    const r = rows.find((x) => x.entity?.id === applicant.id)!;
    expect(personText(r.person, t)).toBe("李敏");
    expect(t(r.phraseKey)).toBe("通过注册申请");
    expect(r.object).toEqual({
      typeKey: "auditLog.entity.User",
      name: "周海燕",
      href: `/admin/registrations/${applicant.id}`,
      gone: false,
    });
    expect(changes(r)).toEqual(["状态：待审核 → 已通过"]);
    expect(shanghaiToday(r.at)).toBe(shanghaiToday());
  });

  test("a nomination: its receipt number and console page; the vacancy named by unit and post; no ids, no JSON", async () => {
    const { rows } = await listAuditEntries(reviewer, { type: "Nomination", entity: nominationId });
    const submitted = find(rows, "nomination.submit")!;
    expect(submitted.object).toMatchObject({ name: receiptNo, href: `/admin/nominations/detail/${nominationId}` });
    expect(t(submitted.phraseKey)).toBe("提交推荐");
    expect(changes(submitted)).toEqual(
      expect.arrayContaining(["类别：空缺岗位定向推荐", "对应空缺岗位：舟山市海洋经济发展局 副局长", "自荐：否"]),
    );
    const accepted = find(rows, "nomination.accept")!;
    expect(changes(accepted)).toEqual(["状态：已提交 → 已受理"]);
    for (const r of rows) {
      const text = changes(r).join("\n");
      expect(text).not.toMatch(/[{}"]/);
      expect(text).not.toContain(nominationId);
      expect(text).not.toContain(vacancyId);
    }
  });

  test("a case: its number linking to its console page; the writer named only to administrators (and its handler)", async () => {
    const forReviewer = find((await listAuditEntries(reviewer, { action: "case.file" })).rows, "case.file", writtenCase.id)!;
    expect(forReviewer.object).toMatchObject({ name: writtenCase.number, href: `/admin/cases/${writtenCase.id}` });
    expect(personText(forReviewer.person, t)).toBe("来信人");
    const forAdmin = find((await listAuditEntries(admin, { action: "case.file" })).rows, "case.file", writtenCase.id)!;
    expect(personText(forAdmin.person, t)).toBe("张伟");
    const anonymous = find((await listAuditEntries(admin, { action: "case.file" })).rows, "case.file", aboutSubject.id)!;
    expect(personText(anonymous.person, t)).toBe("匿名来信人");
  });

  test("a case about the reader is never listed, whatever the filter", async () => {
    const all = await listAuditEntries(subject, { type: "Case" });
    expect(all.rows.some((r) => r.entity?.id === aboutSubject.id)).toBe(false);
    expect((await listAuditEntries(subject, { type: "Case", entity: aboutSubject.id })).total).toBe(0);
    expect((await listAuditEntries(reviewer, { type: "Case", entity: aboutSubject.id })).total).toBeGreaterThan(0);
  });

  test("the raw entry goes to administrators only", async () => {
    const mine = await listAuditEntries(reviewer, {});
    expect(mine.rows.every((r) => r.raw === undefined)).toBe(true);
    const theirs = await listAuditEntries(admin, {});
    expect(theirs.rows.every((r) => r.raw !== undefined)).toBe(true);
  });

  test("accounts that are not staff are refused", async () => {
    await expect(listAuditEntries(nominator, {})).rejects.toBeInstanceOf(AuthzError);
    await expect(exportAuditEntries(applicant, {})).rejects.toBeInstanceOf(AuthzError);
    await expect(listAuditEntries(null, {})).rejects.toBeInstanceOf(AuthzError);
  });
});

describe("filters", () => {
  test("by person (part of the name)", async () => {
    const { rows, total } = await listAuditEntries(admin, { person: "李" });
    expect(total).toBeGreaterThan(0);
    expect(rows.every((r) => personText(r.person, t) === "李敏")).toBe(true);
  });

  test("a search by a writer's name does not find their letters for a reader who may not see the writer", async () => {
    const forReviewer = await listAuditEntries(reviewer, { person: "张伟" });
    expect(forReviewer.rows.some((r) => r.entity?.id === writtenCase.id)).toBe(false);
    expect(forReviewer.rows.some((r) => r.action === "nomination.submit")).toBe(true);
    const forAdmin = await listAuditEntries(admin, { person: "张伟" });
    expect(forAdmin.rows.some((r) => r.entity?.id === writtenCase.id)).toBe(true);
  });

  test("by action and by object type", async () => {
    const approvals = await listAuditEntries(admin, { action: "account.approve" });
    expect(approvals.rows.map((r) => r.action)).toEqual(approvals.rows.map(() => "account.approve"));
    const vacancies = await listAuditEntries(admin, { type: "Vacancy" });
    expect(vacancies.rows.every((r) => r.object?.typeKey === "auditLog.entity.Vacancy")).toBe(true);
  });

  test("by Beijing date range", async () => {
    const today = shanghaiToday();
    const all = await listAuditEntries(admin, {});
    expect((await listAuditEntries(admin, { from: today, to: today })).total).toBe(all.total);
    expect((await listAuditEntries(admin, { from: addDays(today, 1) })).total).toBe(0);
    expect((await listAuditEntries(admin, { to: addDays(today, -1) })).total).toBe(0);
  });

  test("the query string: unknown actions, types and dates are dropped, the rest kept", () => {
    expect(
      auditQueryFrom({ person: " 李敏 ", action: "account.approve", type: "User", from: "2026-12-01", to: "2026-13-40", page: "2" }),
    ).toEqual({
      person: "李敏",
      action: "account.approve",
      type: "User",
      from: "2026-12-01",
      page: 2,
    });
    expect(auditQueryFrom({ action: "drop.table", type: "Secret", entity: "x" })).toEqual({});
  });
});

describe("the .xlsx export", () => {
  test("the filtered log in Chinese words, audited with its filters", async () => {
    const table = await exportAuditEntries(admin, { action: "account.approve" });
    expect(table.headers).toEqual(["记录号", "时间（北京时间）", "操作人", "操作", "对象类型", "对象", "变更内容"]);
    const row = table.rows.find((r) => r[5] === "周海燕")!;
    expect(row.slice(2)).toEqual(["李敏", "通过注册申请", "账户", "周海燕", "状态：待审核 → 已通过"]);
    expect(String(row[1])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTable(table, "xlsx")) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe("操作");
    expect(sheet.getRow(2).getCell(4).value).toBe("通过注册申请");

    const audit = await db().auditLog.findFirst({ where: { action: "export.audit", actorId: admin.id }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit!.after!)).toEqual({ rows: table.rows.length, filters: { action: "account.approve" } });
    // The export's own entry reads in words too.
    const { rows } = await listAuditEntries(admin, { action: "export.audit" });
    expect(changes(rows[0]!)).toEqual([`行数：${table.rows.length}`, "筛选条件：操作：通过注册申请"]);
  });

  test("a reviewer's export keeps the case rules", async () => {
    const table = await exportAuditEntries(reviewer, { type: "Case" });
    const filed = table.rows.find((r) => r[3] === "提交来信" && r[5] === writtenCase.number)!;
    expect(filed[2]).toBe("来信人");
    const mine = await exportAuditEntries(subject, { type: "Case" });
    expect(mine.rows.some((r) => r[5] === aboutSubject.number)).toBe(false);
  });
});

test("the chain, untouched by reading, still verifies", async () => {
  const summary = await auditChainSummary(admin);
  expect(summary.verdict).not.toBe("broken");
  expect(summary.entries).toBeGreaterThan(5);
});
