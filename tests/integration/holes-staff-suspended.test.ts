// Issue 8, holes 9 and 10.
// 9: only an administrator may reveal a staff member's (reviewer's or administrator's) full ID
//    number; reviewers still may reveal applicants' and nominators'. A refused reveal is audited.
// 10: a suspended account may sign in to see its status and nothing more: every write a
//    signed-in user can call refuses it, reading the account's status fresh (a session that
//    began before the suspension carries a stale "APPROVED").
import { db } from "@/lib/db/client";
import { AuthzError, type Actor } from "@/lib/auth/actor";
import * as accounts from "@/lib/data/accounts";
import { DomainError } from "@/lib/data/errors";
import { submitNomination, withdrawNomination } from "@/lib/data/nominations";
import { makeVacancy, open, targeted } from "./nominations-fixtures";
import { makeUser } from "./support/users";

jest.setTimeout(60_000);

describe("hole 9: staff ID numbers", () => {
  test("a reviewer cannot reveal an administrator's or another reviewer's ID; the refusal is audited", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const admin = await makeUser({ role: "ADMIN" });
    const colleague = await makeUser({ role: "REVIEWER" });
    for (const target of [admin, colleague, reviewer]) {
      const err = await accounts.revealIdNumber(reviewer, target.id).then(
        (id) => `revealed ${id}`,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AuthzError);
      expect((err as AuthzError).code).toBe("forbidden");
      expect(await db().auditLog.count({ where: { action: "account.revealId", entityId: target.id } })).toBe(0);
      expect(await db().auditLog.count({ where: { action: "account.revealId.refused", entityId: target.id, actorId: reviewer.id } })).toBe(
        1,
      );
    }
  });

  test("an administrator may reveal staff IDs; a reviewer may still reveal a nominator's and an applicant's", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const admin = await makeUser({ role: "ADMIN" });
    const nominator = await makeUser();
    const applicant = await makeUser({ status: "PENDING" });
    expect(await accounts.revealIdNumber(admin, reviewer.id)).toBe(reviewer.idNumber);
    expect(await accounts.revealIdNumber(reviewer, nominator.id)).toBe(nominator.idNumber);
    expect(await accounts.revealIdNumber(reviewer, applicant.id)).toBe(applicant.idNumber);
    expect(await db().auditLog.count({ where: { action: "account.revealId", entityId: reviewer.id, actorId: admin.id } })).toBe(1);
  });

  test("a reviewer whose target was promoted to staff meanwhile is refused (role read at reveal time)", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const admin = await makeUser({ role: "ADMIN" });
    const u = await makeUser();
    await accounts.changeRole(admin, u.id, "REVIEWER");
    await expect(accounts.revealIdNumber(reviewer, u.id)).rejects.toBeInstanceOf(AuthzError);
  });
});

/** The actor a session opened before the suspension would carry. */
const stale = (a: Actor): Actor => ({ ...a, status: "APPROVED" });

async function suspend(a: Actor): Promise<Actor> {
  const reviewer = await makeUser({ role: "REVIEWER" });
  await accounts.suspendUser(reviewer, a.id, "核查中");
  return { ...a, status: "SUSPENDED" };
}

describe("hole 10: suspended (and not approved) accounts write nothing", () => {
  test("a suspended nominator cannot withdraw a nomination, whether the session is fresh or stale", async () => {
    const nominator = await makeUser();
    const v = await makeVacancy({ maxPerNominator: 2 });
    const t = await submitNomination(nominator, targeted(nominator, v.id));
    const o = await submitNomination(nominator, open(nominator, { name: "乙某" }));
    const suspended = await suspend(nominator);
    const auditBefore = await db().auditLog.count({ where: { action: "nomination.withdraw" } });
    for (const actor of [suspended, stale(suspended)]) {
      for (const id of [t.id, o.id]) {
        await expect(withdrawNomination(actor, id)).rejects.toBeInstanceOf(AuthzError);
      }
    }
    const rows = await db().nomination.findMany({
      where: { id: { in: [t.id, o.id] } },
      select: { status: true, slotKey: true, uniqueKey: true },
    });
    expect(rows.every((r) => r.status === "SUBMITTED" && r.uniqueKey !== null)).toBe(true);
    expect(await db().auditLog.count({ where: { action: "nomination.withdraw" } })).toBe(auditBefore);

    // Restored, the same account may withdraw again.
    const reviewer = await makeUser({ role: "REVIEWER" });
    await accounts.restoreUser(reviewer, nominator.id);
    await withdrawNomination({ ...nominator, status: "APPROVED" }, t.id);
    expect((await db().nomination.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("WITHDRAWN");
  });

  test("pending and rejected accounts cannot withdraw either", async () => {
    for (const status of ["PENDING", "REJECTED"] as const) {
      const nominator = await makeUser();
      const n = await submitNomination(nominator, open(nominator));
      await db().user.update({ where: { id: nominator.id }, data: { status } });
      await expect(withdrawNomination({ ...nominator, status }, n.id)).rejects.toBeInstanceOf(AuthzError);
      await expect(withdrawNomination(stale({ ...nominator, status }), n.id)).rejects.toBeInstanceOf(AuthzError);
      expect((await db().nomination.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("SUBMITTED");
    }
  });

  test("a suspended nominator cannot submit, whether the session is fresh or stale", async () => {
    const suspended = await suspend(await makeUser());
    const v = await makeVacancy();
    for (const actor of [suspended, stale(suspended)]) {
      await expect(submitNomination(actor, targeted(actor, v.id))).rejects.toBeInstanceOf(AuthzError);
      await expect(submitNomination(actor, open(actor))).rejects.toBeInstanceOf(AuthzError);
    }
    expect(await db().nomination.count({ where: { nominatorId: suspended.id } })).toBe(0);
  });

  test("a suspended account cannot change its profile; pending and rejected ones still may correct and resubmit", async () => {
    const profile = (u: { realName: string; phone: string; idNumber: string }) => ({
      realName: u.realName,
      idNumber: u.idNumber,
      phone: u.phone,
      email: undefined,
      workUnit: "舟山市另一个局",
      position: "科员",
      politicalStatus: "MASSES" as const,
    });
    const s = await makeUser();
    const suspended = await suspend(s);
    for (const actor of [suspended, stale(suspended)]) {
      const err = await accounts.resubmitProfile(actor, profile(s)).then(
        () => "allowed",
        (e: unknown) => e,
      );
      expect(err instanceof AuthzError || err instanceof DomainError).toBe(true);
    }
    const row = await db().user.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({ status: "SUSPENDED", workUnit: "舟山市测试局" });

    for (const status of ["PENDING", "REJECTED"] as const) {
      const u = await makeUser({ status });
      await accounts.resubmitProfile({ ...u, status }, profile(u));
      expect(await db().user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ status: "PENDING", workUnit: "舟山市另一个局" });
    }
  });
});
