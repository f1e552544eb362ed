import { db } from "@/lib/db/client";
import { AuthzError } from "@/lib/auth/actor";
import * as accounts from "@/lib/data/accounts";
import { DomainError } from "@/lib/data/errors";
import { verifyChain } from "@/lib/audit/chain";
import { getSecrets } from "@/lib/env/secrets";
import { registrationSchema } from "@/lib/validation/account";
import { lesserActors, makeUser, uniquePhone, validId } from "./support/users";

function registration(overrides: Record<string, string> = {}) {
  return {
    realName: "陈海波",
    idNumber: validId("19880612"),
    phone: uniquePhone(),
    email: "",
    workUnit: "舟山市普陀区农林水利局",
    position: "科员",
    politicalStatus: "CPC_MEMBER",
    password: "Haidao-2026-xz",
    confirmPassword: "Haidao-2026-xz",
    consent: "on",
    ...overrides,
  };
}

async function register(overrides: Record<string, string> = {}) {
  const parsed = registrationSchema.safeParse(registration(overrides));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return accounts.registerUser(parsed.data);
}

describe("real-name registration", () => {
  it("creates a pending account with the ID encrypted, hashed and masked, and audits it", async () => {
    const input = registration();
    const { id } = await register(input);
    const row = await db().user.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    expect(row.role).toBe("NOMINATOR");
    expect(row.idCipher).not.toContain(input.idNumber);
    expect(row.idMasked).toBe(input.idNumber.slice(0, 6) + "**********" + input.idNumber.slice(-2));
    expect(row.birthDate.toISOString().slice(0, 10)).toBe("1988-06-12");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db().auditLog.findFirst({ where: { entityId: id, action: "account.register" } });
    expect(audit).not.toBeNull();
    expect(audit!.after).not.toContain(input.idNumber);
  });

  it("answers bad input with field errors (Chinese via catalog keys) and writes nothing", async () => {
    const before = await db().user.count();
    const good = validId("19880612");
    const wrongCheck = good.slice(0, 17) + (good.endsWith("1") ? "2" : "1");
    const r = registrationSchema.safeParse(
      registration({ idNumber: wrongCheck, phone: "12345", password: "123", confirmPassword: "456", consent: "" }),
    );
    expect(r.success).toBe(false);
    const fields = r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields.idNumber).toBe("errors.idNumber.checksum");
    expect(fields.phone).toBe("errors.phone");
    expect(fields.password).toBe("errors.password.tooShort");
    expect(fields.confirmPassword).toBe("errors.password.mismatch");
    expect(fields.consent).toBe("errors.consent");
    expect(await db().user.count()).toBe(before);
  });

  it("refuses oversized fields", () => {
    const r = registrationSchema.safeParse(registration({ workUnit: "单".repeat(101) }));
    expect(r.success).toBe(false);
  });

  it("allows one account per ID number and per phone", async () => {
    const first = registration();
    await register(first);
    const before = await db().user.count();
    await expect(register({ idNumber: first.idNumber })).rejects.toMatchObject({ fieldErrors: { idNumber: ["errors.idNumber.taken"] } });
    await expect(register({ phone: first.phone })).rejects.toMatchObject({ fieldErrors: { phone: ["errors.phoneTaken"] } });
    expect(await db().user.count()).toBe(before);
  });

  it("lets only one of several simultaneous registrations of the same ID through", async () => {
    const idNumber = validId("19900101");
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => register({ idNumber, phone: uniquePhone() })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(DomainError);
  });
});

describe("review of registrations", () => {
  it("approve, reject with a reason, correct and resubmit, approve", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const { id } = await register();
    const user = { id, realName: "陈海波", role: "NOMINATOR" as const, status: "PENDING" as const };

    await expect(accounts.rejectUser(reviewer, id, "  ")).rejects.toBeInstanceOf(DomainError);
    await accounts.rejectUser(reviewer, id, "工作单位填写不完整");
    let row = await db().user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "REJECTED", reviewNote: "工作单位填写不完整", reviewedById: reviewer.id });

    // A rejected account cannot be approved directly: it must be resubmitted first.
    await expect(accounts.approveUser(reviewer, id)).rejects.toBeInstanceOf(DomainError);

    await accounts.resubmitProfile(
      { ...user, status: "REJECTED" },
      {
        realName: "陈海波",
        idNumber: await accounts.revealIdNumber(reviewer, id),
        phone: row.phone,
        email: undefined,
        workUnit: "舟山市普陀区农林水利局办公室",
        position: "科员",
        politicalStatus: "CPC_MEMBER",
      },
    );
    row = await db().user.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING");
    expect(row.workUnit).toBe("舟山市普陀区农林水利局办公室");

    await accounts.approveUser(reviewer, id);
    row = await db().user.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("APPROVED");
    // Rejection, resubmission and approval keep the applicant signed in (only suspension, a role
    // change, a password change and logout end sessions).
    expect(row.sessionVersion).toBe(0);
    const notes = await db().notification.findMany({ where: { userId: id } });
    expect(notes.map((n) => n.kind)).toEqual(expect.arrayContaining(["account.rejected", "account.approved"]));
  });

  it("bulk approve changes only pending accounts", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const a = await makeUser({ status: "PENDING" });
    const b = await makeUser({ status: "PENDING" });
    const c = await makeUser({ status: "REJECTED" });
    expect(await accounts.bulkApprove(reviewer, [a.id, b.id, c.id])).toBe(2);
    const rows = await db().user.findMany({ where: { id: { in: [a.id, b.id, c.id] } } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [a.id]: "APPROVED", [b.id]: "APPROVED", [c.id]: "REJECTED" });
  });

  it("suspends with a reason and restores; a reviewer cannot suspend staff", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const other = await makeUser({ role: "REVIEWER" });
    const u = await makeUser();
    await accounts.suspendUser(reviewer, u.id, "核查中");
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).status).toBe("SUSPENDED");
    await accounts.restoreUser(reviewer, u.id);
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).status).toBe("APPROVED");
    await expect(accounts.suspendUser(reviewer, other.id, "x")).rejects.toBeInstanceOf(DomainError);
  });

  it("reveals an ID number only to staff, and records every reveal", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const u = await makeUser();
    expect(await accounts.revealIdNumber(reviewer, u.id)).toBe(u.idNumber);
    expect(await db().auditLog.count({ where: { action: "account.revealId", entityId: u.id, actorId: reviewer.id } })).toBe(1);
  });

  it("keeps the audit chain intact under concurrent writes", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const pending = await Promise.all(Array.from({ length: 12 }, () => makeUser({ status: "PENDING" })));
    await Promise.all(pending.map((p) => accounts.approveUser(reviewer, p.id)));
    const entries = await db().auditLog.findMany({ orderBy: { id: "asc" } });
    expect(verifyChain(entries, getSecrets().auditKey)).toMatchObject({ ok: true, entries: entries.length });
  });
});

describe("authorization at the data layer's doors", () => {
  it("refuses every reviewer and admin function to visitors, pending, rejected, nominators and suspended staff", async () => {
    const target = await makeUser({ status: "PENDING" });
    const staffInput = {
      realName: "赵敏",
      idNumber: validId("19800101"),
      phone: uniquePhone(),
      workUnit: "组织部",
      position: "干事",
      role: "REVIEWER" as const,
      password: "Zuzhi-2026-xyz",
      confirmPassword: "Zuzhi-2026-xyz",
    };
    const calls: [string, (a: Parameters<typeof accounts.approveUser>[0]) => Promise<unknown>][] = [
      ["listRegistrations", (a) => accounts.listRegistrations(a, {})],
      ["pendingCount", (a) => accounts.pendingCount(a)],
      ["getAccount", (a) => accounts.getAccount(a, target.id)],
      ["revealIdNumber", (a) => accounts.revealIdNumber(a, target.id)],
      ["approveUser", (a) => accounts.approveUser(a, target.id)],
      ["rejectUser", (a) => accounts.rejectUser(a, target.id, "x")],
      ["bulkApprove", (a) => accounts.bulkApprove(a, [target.id])],
      ["suspendUser", (a) => accounts.suspendUser(a, target.id, "x")],
      ["restoreUser", (a) => accounts.restoreUser(a, target.id)],
      ["listStaff", (a) => accounts.listStaff(a)],
      ["createStaff", (a) => accounts.createStaff(a, staffInput)],
      ["changeRole", (a) => accounts.changeRole(a, target.id, "ADMIN")],
      ["listAudit", (a) => accounts.listAudit(a)],
    ];
    const auditBefore = await db().auditLog.count();
    for (const [who, actor] of await lesserActors()) {
      for (const [name, call] of calls) {
        await expect(call(actor).then(() => `${who} allowed ${name}`)).rejects.toBeInstanceOf(AuthzError);
      }
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("PENDING");
    expect(await db().auditLog.count()).toBe(auditBefore);
  });

  it("refuses admin-only functions to reviewers", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const u = await makeUser();
    await expect(accounts.listStaff(reviewer)).rejects.toBeInstanceOf(AuthzError);
    await expect(accounts.changeRole(reviewer, u.id, "REVIEWER")).rejects.toBeInstanceOf(AuthzError);
  });

  it("lets an admin create staff and change roles, audited", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const { id } = await accounts.createStaff(admin, {
      realName: "赵敏",
      idNumber: validId("19790303"),
      phone: uniquePhone(),
      workUnit: "组织部干部科",
      position: "干事",
      role: "REVIEWER",
      password: "Zuzhi-2026-xyz",
      confirmPassword: "Zuzhi-2026-xyz",
    });
    await accounts.changeRole(admin, id, "ADMIN");
    expect((await db().user.findUniqueOrThrow({ where: { id } })).role).toBe("ADMIN");
    expect(await db().auditLog.count({ where: { entityId: id, action: { in: ["staff.create", "staff.changeRole"] } } })).toBe(2);
    await expect(accounts.changeRole(admin, admin.id, "REVIEWER")).rejects.toBeInstanceOf(DomainError);
  });
});
