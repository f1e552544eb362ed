// The administrator's staff page (lib/data/staff.ts) against a real database: disabling,
// restoring and resetting the password of a staff member end their sessions (sessionVersion),
// are audited (never with the password), are refused on one's own account and to anyone but an
// administrator; the last sign-in is kept at a successful sign-in only.
import { db } from "@/lib/db/client";
import { AuthzError, type Actor } from "@/lib/auth/actor";
import { attemptLogin } from "@/lib/auth/login";
import { actorIfCurrent } from "@/lib/data/sign-in";
import { NotFoundError } from "@/lib/data/errors";
import { listStaffMembers, resetStaffPassword, restoreStaff, suspendStaff, temporaryPassword } from "@/lib/data/staff";
import { verifyPassword } from "@/lib/security/password";
import { passwordProblem } from "@/lib/security/password-policy";
import { listAuditEntries } from "@/lib/data/audit-view";
import { changeText, chineseWords } from "@/lib/audit/words";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";

jest.setTimeout(60_000);

let admin: Actor;
const version = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).sessionVersion;

beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN", realName: "陈建国" });
});

describe("disable and restore a staff member", () => {
  test("disabling ends their sessions, tells them, and is audited; restoring brings the account back", async () => {
    const reviewer = await makeUser({ role: "REVIEWER", realName: "李敏" });
    const v0 = await version(reviewer.id);
    expect(await actorIfCurrent(reviewer.id, v0)).not.toBeNull();

    await suspendStaff(admin, reviewer.id, "调离组织部门。");
    const row = await db().user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(row.status).toBe("SUSPENDED");
    expect(row.sessionVersion).toBe(v0 + 1);
    expect(await actorIfCurrent(reviewer.id, v0)).toBeNull();
    const audit = await db().auditLog.findFirst({ where: { action: "staff.suspend", entityId: reviewer.id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorName: "陈建国" });
    expect(JSON.parse(audit!.after!)).toEqual({ status: "SUSPENDED", reason: "调离组织部门。" });
    expect(await db().notification.count({ where: { userId: reviewer.id, kind: "account.suspended" } })).toBe(1);

    // The audit log reads it in words.
    const t = chineseWords();
    const entry = (await listAuditEntries(admin, { action: "staff.suspend", type: "User", entity: reviewer.id })).rows[0]!;
    expect(t(entry.phraseKey)).toBe("停用工作人员账户");
    expect(entry.changes.map((c) => changeText(c, t))).toEqual(["状态：已通过 → 已停用", "原因：调离组织部门。"]);

    await restoreStaff(admin, reviewer.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: reviewer.id } })).status).toBe("APPROVED");
    expect(await db().auditLog.count({ where: { action: "staff.restore", entityId: reviewer.id } })).toBe(1);
  });

  test("a reason is required; a move from the wrong state is refused", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    await expect(suspendStaff(admin, reviewer.id, "  ")).rejects.toMatchObject({ fieldErrors: { reason: ["errors.required"] } });
    await expect(restoreStaff(admin, reviewer.id)).rejects.toMatchObject({ messageKey: "errors.account.badTransition" });
  });

  test("never on one's own account, never on an account that is not staff", async () => {
    await expect(suspendStaff(admin, admin.id, "测试")).rejects.toMatchObject({ messageKey: "errors.account.notSelf" });
    await expect(resetStaffPassword(admin, admin.id)).rejects.toMatchObject({ messageKey: "errors.account.notSelf" });
    const nominator = await makeUser();
    await expect(suspendStaff(admin, nominator.id, "测试")).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe("APPROVED");
  });

  test("administrators only", async () => {
    const target = await makeUser({ role: "REVIEWER" });
    const callers: (Actor | null)[] = [
      null,
      await makeUser({ role: "REVIEWER" }),
      await makeUser(),
      await makeUser({ role: "ADMIN", status: "SUSPENDED" }),
    ];
    for (const caller of callers) {
      await expect(suspendStaff(caller, target.id, "测试")).rejects.toBeInstanceOf(AuthzError);
      await expect(restoreStaff(caller, target.id)).rejects.toBeInstanceOf(AuthzError);
      await expect(resetStaffPassword(caller, target.id)).rejects.toBeInstanceOf(AuthzError);
      await expect(listStaffMembers(caller)).rejects.toBeInstanceOf(AuthzError);
    }
    expect(await db().auditLog.count({ where: { entityId: target.id } })).toBe(0);
  });
});

describe("reset a staff member's password", () => {
  test("generated: shown once, stored as a hash only, the old password and sessions end, audited without it", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v0 = await version(reviewer.id);
    const { password } = await resetStaffPassword(admin, reviewer.id);
    expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    const row = await db().user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(await verifyPassword(row.passwordHash, password)).toBe(true);
    expect(await verifyPassword(row.passwordHash, FIXTURE_PASSWORD)).toBe(false);
    expect(row.sessionVersion).toBe(v0 + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "staff.resetPassword", entityId: reviewer.id } });
    expect(JSON.stringify(audit)).not.toContain(password);
    expect(JSON.parse(audit.after!)).toEqual({ generated: true });
    // The new password signs in.
    expect(await attemptLogin({ identifier: reviewer.phone, password, address: "10.9.0.1" })).toMatchObject({ ok: true });
  });

  test("typed by the administrator: the password policy applies", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    await expect(resetStaffPassword(admin, reviewer.id, "short")).rejects.toMatchObject({
      fieldErrors: { password: ["errors.password.tooShort"] },
    });
    for (const typed of ["Linshi 2026 mima", "Linshi-2026-\u200bmima", "临时密码临时密码临时密码"])
      await expect(resetStaffPassword(admin, reviewer.id, typed)).rejects.toMatchObject({
        fieldErrors: { password: ["staffAdmin.tempPasswordChars"] },
      });
    const { password } = await resetStaffPassword(admin, reviewer.id, "Linshi-2026-mima");
    expect(password).toBe("Linshi-2026-mima");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "staff.resetPassword", entityId: reviewer.id } });
    expect(JSON.parse(audit.after!)).toEqual({ generated: false });
  });

  test("generated passwords pass the policy and differ", () => {
    const seen = new Set(Array.from({ length: 200 }, temporaryPassword));
    expect(seen.size).toBe(200);
    for (const p of seen) expect(passwordProblem(p)).toBeNull();
  });
});

describe("the staff list", () => {
  test("last sign-in: kept at a successful sign-in only, shown on the list; one's own row offers nothing", async () => {
    const reviewer = await makeUser({ role: "REVIEWER", realName: "王磊" });
    expect((await listStaffMembers(admin)).find((s) => s.id === reviewer.id)!.lastLoginAt).toBeNull();

    expect(await attemptLogin({ identifier: reviewer.phone, password: "wrong-password-1", address: "10.9.0.2" })).toMatchObject({
      ok: false,
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: reviewer.id } })).lastLoginAt).toBeNull();

    const at = new Date("2026-12-02T01:46:00Z");
    expect(await attemptLogin({ identifier: reviewer.phone, password: FIXTURE_PASSWORD, address: "10.9.0.2" }, at)).toMatchObject({
      ok: true,
    });
    const listed = (await listStaffMembers(admin)).find((s) => s.id === reviewer.id)!;
    expect(listed.lastLoginAt).toEqual(at);
    expect(listed.can).toEqual({ suspend: true, restore: false, resetPassword: true });

    const own = (await listStaffMembers(admin)).find((s) => s.id === admin.id)!;
    expect(own).toMatchObject({ self: true, roleChangeTo: null, can: { suspend: false, restore: false, resetPassword: false } });
  });

  test("only staff accounts are listed", async () => {
    const nominator = await makeUser();
    const list = await listStaffMembers(admin);
    expect(list.some((s) => s.id === nominator.id)).toBe(false);
    expect(list.every((s) => s.role === "REVIEWER" || s.role === "ADMIN")).toBe(true);
  });
});
