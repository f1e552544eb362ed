// The account holder's own rights (个人信息保护法第四十四至四十七条), on a real database: 更正 of the
// profile (direct edits audited, the phone behind the password, a change of name or ID number
// back to review with the old values shown and decided either way), 查阅、复制 (the download
// holds the caller's data and nobody else's, in .xlsx and JSON), 注销 (what is erased at once,
// what is kept until the retention period ends and what goes then; no more sign-in; the phone
// and ID free again afterwards) and consent to the privacy statement by version.
import { newClientAddress, setCaller } from "./support/action-mocks";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import * as accounts from "@/lib/data/accounts";
import { pendingChangeForReview } from "@/lib/data/profile";
import { eraseExpiredAccounts, ERASED_NAME } from "@/lib/data/account-closure";
import { needsConsent } from "@/lib/data/consent";
import { attemptLogin } from "@/lib/auth/login";
import { submitNomination } from "@/lib/data/nominations";
import { PRIVACY_VERSION } from "@/lib/privacy/version";
import { maskIdNumber } from "@/lib/security/id-number";
import { registrationSchema } from "@/lib/validation/account";
import { callAction, formData } from "./support/call-action";
import { FIXTURE_PASSWORD, makeUser, uniquePhone, validId } from "./support/users";
import { makeVacancy, targeted } from "./nominations-fixtures";
import { makeCase } from "./support/case-world";
import {
  agreeConsentAction,
  changePhoneAction,
  closeAccountAction,
  requestIdentityChangeAction,
  updateContactDetailsAction,
} from "@/app/[locale]/(account)/account/rights-actions";
import { GET as downloadMyData } from "@/app/[locale]/(account)/account/data/route";

jest.setTimeout(120_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action of the pipeline
async function act(action: (s: any, f: FormData) => Promise<unknown>, caller: Actor | null, fields: Record<string, string>) {
  setCaller(caller);
  newClientAddress();
  return callAction(action as never, [{}, formData(fields)]);
}

const auditOf = (userId: string, action: string) =>
  db().auditLog.findMany({ where: { entityType: "User", entityId: userId, action }, orderBy: { id: "asc" } });

const profileInput = { email: undefined, workUnit: "舟山市测试局", position: "科员", politicalStatus: "MASSES" as const };

let admin: Actor;
let reviewer: Actor;
beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN", realName: "管理员甲" });
  reviewer = await makeUser({ role: "REVIEWER", realName: "审核员乙" });
});

describe("更正: the profile", () => {
  it("work unit, position, political status and email change at once, each change audited before/after", async () => {
    const u = await makeUser({ realName: "周海燕" });
    const r = await act(updateContactDetailsAction, u, {
      email: "zhou@example.cn",
      workUnit: "嵊泗县商务局",
      position: "科员",
      politicalStatus: "CPC_MEMBER",
    });
    expect(r).toMatchObject({ kind: "returned", state: { ok: true, message: "rights.profile.saved" } });
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).toMatchObject({ email: "zhou@example.cn", workUnit: "嵊泗县商务局", politicalStatus: "CPC_MEMBER", status: "APPROVED" });
    const [entry] = await auditOf(u.id, "profile.update");
    // Only what changed (the position was 科员 already).
    expect(JSON.parse(entry.before!)).toEqual({ email: null, workUnit: "舟山市测试局", politicalStatus: "MASSES" });
    expect(JSON.parse(entry.after!)).toEqual({ email: "zhou@example.cn", workUnit: "嵊泗县商务局", politicalStatus: "CPC_MEMBER" });
    // A pending applicant corrects through the resubmission form instead.
    const pending = await makeUser({ status: "PENDING" });
    const refused = await act(updateContactDetailsAction, pending, { workUnit: "x", position: "y", politicalStatus: "MASSES" });
    expect(refused).toMatchObject({ kind: "returned", state: { message: "errors.auth.notApproved" } });
  });

  it("a new phone number needs the current password, stays unique, and is audited masked", async () => {
    const u = await makeUser();
    const other = await makeUser();
    const phone = uniquePhone();
    const wrong = await act(changePhoneAction, u, { phone, currentPassword: "not-the-password" });
    expect(wrong).toMatchObject({ kind: "returned", state: { errors: { currentPassword: ["rights.errors.wrongPassword"] } } });
    expect((wrong as { state: { values?: Record<string, string> } }).state.values?.currentPassword).toBeUndefined();
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).phone).toBe(u.phone);
    const taken = await act(changePhoneAction, u, { phone: other.phone, currentPassword: FIXTURE_PASSWORD });
    expect(taken).toMatchObject({ kind: "returned", state: { errors: { phone: ["errors.phoneTaken"] } } });
    const ok = await act(changePhoneAction, u, { phone, currentPassword: FIXTURE_PASSWORD });
    expect(ok).toMatchObject({ kind: "returned", state: { ok: true } });
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).phone).toBe(phone);
    const [entry] = await auditOf(u.id, "profile.phone");
    expect(JSON.parse(entry.after!)).toEqual({ phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` });
    expect(entry.before).not.toContain(u.phone);
  });

  it("a new name or ID number goes back to review with the old values shown; approval keeps the new ones, nominations keep their signature", async () => {
    const u = await makeUser({ realName: "王晓东" });
    const vacancy = await makeVacancy({ post: "更正测试副局长" });
    const nomination = await submitNomination(u, targeted(u, vacancy.id));
    const newId = validId("19790301");
    const r = await act(requestIdentityChangeAction, u, { realName: "王晓冬", idNumber: newId });
    expect(r).toMatchObject({ kind: "returned", state: { ok: true } });
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row).toMatchObject({ status: "PENDING", realName: "王晓冬", idMasked: maskIdNumber(newId) });
    const change = await db().profileChange.findFirstOrThrow({ where: { userId: u.id } });
    expect(change.status).toBe("PENDING");
    // The ID number is never stored in the clear in the change either.
    expect(change.after).not.toContain(newId);
    expect(change.before).not.toContain(u.idNumber);
    // A second request while one is under review is refused (the account is not approved now).
    const again = await act(requestIdentityChangeAction, { ...u, status: "PENDING" }, { realName: "王晓夏", idNumber: newId });
    expect(again).toMatchObject({ kind: "returned", state: { message: "errors.auth.notApproved" } });

    // Nor can the pending account's resubmission form change what is under review.
    await expect(accounts.getOwnProfile({ ...u, status: "PENDING" })).resolves.toMatchObject({ canEdit: false });
    await expect(
      accounts.resubmitProfile({ ...u, status: "PENDING" }, { ...profileInput, realName: "王晓春", idNumber: newId, phone: u.phone }),
    ).rejects.toMatchObject({ messageKey: "errors.account.notEditable" });

    const shown = await pendingChangeForReview(reviewer, u.id);
    expect(shown).toMatchObject({ before: { realName: "王晓东" }, after: { realName: "王晓冬" } });
    expect(shown!.before.idMasked).not.toBe(shown!.after.idMasked);

    await accounts.approveUser(reviewer, u.id);
    const approved = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(approved).toMatchObject({ status: "APPROVED", realName: "王晓冬", idHash: row.idHash });
    expect((await db().profileChange.findUniqueOrThrow({ where: { id: change.id } })).status).toBe("APPROVED");
    expect((await db().nomination.findUniqueOrThrow({ where: { id: nomination.id } })).signedName).toBe("王晓东");
    expect(await db().notification.count({ where: { userId: u.id, kind: "profile.changeApproved" } })).toBe(1);
    expect(await auditOf(u.id, "profile.identityApprove")).toHaveLength(1);
  });

  it("a rejected change restores the old name and ID number and the account is approved again, with the reason", async () => {
    const u = await makeUser({ realName: "林海波" });
    const before = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    await act(requestIdentityChangeAction, u, { realName: "林海涛", idNumber: validId("19810707") });
    await accounts.rejectUser(reviewer, u.id, "与户籍信息不符。");
    const after = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after).toMatchObject({
      status: "APPROVED",
      realName: "林海波",
      idHash: before.idHash,
      idCipher: before.idCipher,
      idMasked: before.idMasked,
      reviewNote: "与户籍信息不符。",
    });
    expect(after.birthDate.toISOString()).toBe(before.birthDate.toISOString());
    expect(await db().profileChange.findFirstOrThrow({ where: { userId: u.id } })).toMatchObject({
      status: "REJECTED",
      reviewNote: "与户籍信息不符。",
    });
    expect(await db().notification.count({ where: { userId: u.id, kind: "profile.changeRejected" } })).toBe(1);
    // An ordinary registration is still rejected as before.
    const applicant = await makeUser({ status: "PENDING" });
    await accounts.rejectUser(reviewer, applicant.id, "材料不全。");
    expect((await db().user.findUniqueOrThrow({ where: { id: applicant.id } })).status).toBe("REJECTED");
  });
});

/** A user with a nomination, a case (with a staff note and a signed reply), messages and sign-ins. */
async function personWithData(name: string, marker: string) {
  const u = await makeUser({ realName: name });
  await db().user.update({ where: { id: u.id }, data: { email: `${marker}@example.cn` } });
  const vacancy = await makeVacancy({ post: `${marker}岗位副局长` });
  const n = await submitNomination(u, targeted(u, vacancy.id, { name: `${marker}被推荐人` }));
  const c = await makeCase({ kind: "TALK", writer: u, title: `${marker}的来信`, status: "ACCEPTED", handlerId: reviewer.id });
  await db().caseMessage.create({ data: { caseId: c.id, type: "NOTE", authorId: reviewer.id, body: `${marker}内部意见：不对外` } });
  await db().caseMessage.create({ data: { caseId: c.id, type: "REPLY", authorId: reviewer.id, body: `${marker}的答复` } });
  await db().signInEvent.create({ data: { userId: u.id, address: `203.0.113.${marker.length}`, userAgent: `${marker}-browser` } });
  return { ...u, receiptNo: n.receiptNo, caseNumber: c.number };
}

async function download(caller: Actor | null, format: string) {
  setCaller(caller);
  return downloadMyData(new NextRequest(`http://localhost/account/data?format=${format}`));
}

describe("查阅、复制: 下载我的数据", () => {
  it("holds the caller's own data (the ID number in full) and nobody else's, as .xlsx and as JSON; private, not cached, audited", async () => {
    const a = await personWithData("赵丽娟", "alpha");
    const b = await personWithData("钱志强", "bravo");
    const res = await download(a, "json");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.profile).toMatchObject({ realName: "赵丽娟", idNumber: a.idNumber, phone: a.phone, email: "alpha@example.cn" });
    expect(data.nominations.map((n: { receiptNo: string }) => n.receiptNo)).toEqual([a.receiptNo]);
    expect(data.nominations[0]).toMatchObject({ signedName: "赵丽娟", status: "已提交", nominee: "alpha被推荐人" });
    expect(data.cases.map((c: { number: string }) => c.number)).toEqual([a.caseNumber]);
    expect(data.cases[0].thread.map((m: { from: string }) => m.from)).toEqual(["本人", "组织部门"]);
    expect(data.messages.length).toBeGreaterThan(0);
    expect(data.signIns).toEqual([expect.objectContaining({ browser: "alpha-browser" })]);
    // Nothing of the other user, no staff note, no staff name.
    for (const leak of ["bravo", "钱志强", b.idNumber, b.phone, b.receiptNo, b.caseNumber, "内部意见", "审核员乙"])
      expect(text).not.toContain(leak);

    const xres = await download(a, "xlsx");
    expect(xres.headers.get("content-type")).toContain("spreadsheetml");
    expect(xres.headers.get("cache-control")).toBe("private, no-store");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xres.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "个人资料",
      "同意记录",
      "我的推荐",
      "我的来信与反映",
      "来信往来",
      "站内消息",
      "登录记录",
    ]);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
    const all = cells.join("\n");
    for (const own of ["赵丽娟", a.idNumber, a.receiptNo, a.caseNumber, "alpha的答复"]) expect(all).toContain(own);
    for (const leak of ["bravo", "钱志强", b.idNumber, b.receiptNo, "内部意见", "审核员乙"]) expect(all).not.toContain(leak);

    expect((await auditOf(a.id, "export.personalData")).map((e) => JSON.parse(e.after!).format)).toEqual(["json", "xlsx"]);
    expect((await download(null, "json")).status).toBe(401);
    expect((await download(a, "csv")).status).toBe(400);
  });
});

function registrationOf(phone: string, idNumber: string) {
  const parsed = registrationSchema.safeParse({
    realName: "孙新人",
    idNumber,
    phone,
    email: "",
    workUnit: "舟山市新城管委会",
    position: "科员",
    politicalStatus: "MASSES",
    password: "Haidao-2026-xz",
    confirmPassword: "Haidao-2026-xz",
    consent: "on",
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe("注销: closing the account", () => {
  it("with the password only; erases what is not needed, keeps the signed records and the identity until the retention period, blocks sign-in", async () => {
    const u = await personWithData("孙海燕", "closing");
    const { sessionVersion } = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    const wrong = await act(closeAccountAction, u, { currentPassword: "wrong-password", confirm: "on" });
    expect(wrong).toMatchObject({ kind: "returned", state: { errors: { currentPassword: ["rights.errors.wrongPassword"] } } });
    const unconfirmed = await act(closeAccountAction, u, { currentPassword: FIXTURE_PASSWORD });
    expect(unconfirmed).toMatchObject({ kind: "returned", state: { errors: { confirm: ["rights.errors.confirmClose"] } } });
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).status).toBe("APPROVED");

    const t0 = Date.now();
    const done = await act(closeAccountAction, u, { currentPassword: FIXTURE_PASSWORD, confirm: "on" });
    expect(done).toEqual({ kind: "redirect", to: "/account-closed" });
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    // Erased now.
    expect(row).toMatchObject({ status: "CLOSED", email: null, workUnit: "", position: "", politicalStatus: "ERASED", totpSecret: null });
    expect(row.sessionVersion).toBe(sessionVersion + 1);
    expect(await db().signInEvent.count({ where: { userId: u.id } })).toBe(0);
    expect(await db().notification.findMany({ where: { userId: u.id }, select: { kind: true } })).toEqual([{ kind: "account.closed" }]);
    // Kept until the retention period ends (5 years by default).
    expect(row).toMatchObject({ realName: "孙海燕", phone: u.phone });
    expect(row.idHash).not.toMatch(/^erased:/);
    expect(row.closedAt!.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(row.retainUntil!.getUTCFullYear()).toBe(row.closedAt!.getUTCFullYear() + 5);
    expect(await db().nomination.findFirstOrThrow({ where: { nominatorId: u.id } })).toMatchObject({ signedName: "孙海燕" });
    expect(await db().case.count({ where: { writerId: u.id } })).toBe(1);
    expect((await db().consentRecord.findMany({ where: { userId: u.id }, orderBy: { at: "asc" } })).map((c) => c.action)).toEqual([
      "WITHDRAW",
    ]);
    const [entry] = await auditOf(u.id, "account.close");
    expect(JSON.parse(entry.after!)).toMatchObject({ status: "CLOSED" });

    // No sign-in, by phone or ID number, even with the right password.
    expect(await attemptLogin({ identifier: u.phone, password: FIXTURE_PASSWORD, address: "198.51.100.7" })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await attemptLogin({ identifier: u.idNumber, password: FIXTURE_PASSWORD, address: "198.51.100.8" })).toEqual({
      ok: false,
      error: "invalid",
    });
    // The phone and ID number stay reserved during the retention period.
    await expect(accounts.registerUser(registrationOf(u.phone, u.idNumber))).rejects.toMatchObject({
      fieldErrors: { idNumber: ["errors.idNumber.taken"], phone: ["errors.phoneTaken"] },
    });

    // The job leaves it alone until retainUntil, then erases the rest; the phone and ID are free again.
    expect(await eraseExpiredAccounts(new Date(row.retainUntil!.getTime() - 60_000))).toBe(0);
    expect(await eraseExpiredAccounts(new Date(row.retainUntil!.getTime() + 60_000))).toBe(1);
    expect(await eraseExpiredAccounts(new Date(row.retainUntil!.getTime() + 120_000))).toBe(0);
    const erased = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(erased).toMatchObject({ realName: ERASED_NAME, idCipher: "", idMasked: "", status: "CLOSED" });
    expect(erased.phone).not.toBe(u.phone);
    expect(await db().nomination.findFirstOrThrow({ where: { nominatorId: u.id } })).toMatchObject({ signedName: ERASED_NAME });
    expect(await db().consentRecord.count({ where: { userId: u.id } })).toBe(0);
    expect(await auditOf(u.id, "account.erase")).toHaveLength(1);
    const again = await accounts.registerUser(registrationOf(u.phone, u.idNumber));
    expect(await db().consentRecord.findMany({ where: { userId: again.id }, select: { version: true, action: true } })).toEqual([
      { version: PRIVACY_VERSION, action: "AGREE" },
    ]);
  });

  it("the last administrator cannot close their account; a suspended account asks the department", async () => {
    const others = await db().user.findMany({ where: { role: "ADMIN", NOT: { id: admin.id } }, select: { id: true } });
    await db().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "REVIEWER" } });
    try {
      const r = await act(closeAccountAction, admin, { currentPassword: FIXTURE_PASSWORD, confirm: "on" });
      expect(r).toMatchObject({ kind: "returned", state: { message: "rights.errors.lastAdmin" } });
      expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe("APPROVED");
    } finally {
      await db().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "ADMIN" } });
    }
    const suspended = await makeUser({ status: "SUSPENDED" });
    const s = await act(closeAccountAction, suspended, { currentPassword: FIXTURE_PASSWORD, confirm: "on" });
    expect(s).toMatchObject({ kind: "returned", state: { message: "errors.auth.suspended" } });
  });
});

describe("consent to the privacy statement, by version", () => {
  it("registration records the version agreed to", async () => {
    const { id } = await accounts.registerUser(registrationOf(uniquePhone(), validId("19900909")));
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ consentVersion: PRIVACY_VERSION });
    expect(await needsConsent(id)).toBe(false);
  });

  it("a user who agreed to an older version is asked again before any page, and agreeing brings them back", async () => {
    const u = await makeUser();
    await db().user.update({ where: { id: u.id }, data: { consentVersion: "2025-06-01" } });
    expect(await needsConsent(u.id)).toBe(true);
    setCaller(u);
    const { signedInPage, staffPage } = await import("@/lib/auth/page-guards");
    await expect(signedInPage("/account/nominations")).rejects.toMatchObject({
      digest: expect.stringContaining(`/account/consent?next=${encodeURIComponent("/account/nominations")}`),
    });
    // Staff too, on the console.
    const staff = await makeUser({ role: "REVIEWER" });
    await db().user.update({ where: { id: staff.id }, data: { consentVersion: null } });
    setCaller(staff);
    await expect(staffPage("/admin/registrations")).rejects.toMatchObject({ digest: expect.stringContaining("/account/consent?next=") });

    const stale = await act(agreeConsentAction, u, { version: "2025-06-01", agree: "on" });
    expect(stale).toMatchObject({ kind: "returned", state: { message: "rights.errors.staleVersion" } });
    const r = await act(agreeConsentAction, u, { version: PRIVACY_VERSION, agree: "on", next: "/account/nominations" });
    expect(r).toEqual({ kind: "redirect", to: "/account/nominations" });
    expect(await needsConsent(u.id)).toBe(false);
    expect(await db().consentRecord.findMany({ where: { userId: u.id }, select: { version: true, action: true } })).toEqual([
      { version: PRIVACY_VERSION, action: "AGREE" },
    ]);
    expect(await auditOf(u.id, "consent.agree")).toHaveLength(1);
    setCaller(u);
    await expect(signedInPage("/account")).resolves.toMatchObject({ id: u.id });
    // Only a path on this site is followed.
    await db().user.update({ where: { id: u.id }, data: { consentVersion: "2025-06-01" } });
    expect(await act(agreeConsentAction, u, { version: PRIVACY_VERSION, agree: "on", next: "https://evil.example/x" })).toEqual({
      kind: "redirect",
      to: "/account",
    });
  });
});
