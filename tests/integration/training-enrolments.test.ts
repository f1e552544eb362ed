// 干部教育培训 sign-ups: the cap under concurrency (a conditional update of seatsTaken), the
// waiting list and its promotion, staff decisions, eligibility and window refusals.
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/data/errors";
import { cancelEnrolment, decideEnrolment, signUp, waitlistPosition } from "@/lib/data/training/enrolments";
import { makeUser } from "./support/users";
import { DAY, enrol, makeClass, setProfile } from "./support/training-world";

jest.setTimeout(120_000);

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e.messageKey;
    throw e;
  }
  throw new Error("expected a refusal");
}

const seats = async (classId: string) => (await db().trainingClass.findUniqueOrThrow({ where: { id: classId } })).seatsTaken;
const statusOf = async (id: string) => (await db().trainingEnrolment.findUniqueOrThrow({ where: { id } })).status;
const kinds = async (userId: string) =>
  (await db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);

describe("the cap", () => {
  it("50 concurrent sign-ups for 10 places: exactly 10 hold a place, 40 wait, in the order they were waitlisted", async () => {
    const c = await makeClass({ capacity: 10 });
    const users = [];
    for (let i = 0; i < 50; i++) users.push(await makeUser());
    const results = await Promise.all(users.map((u) => signUp(u, c.id)));
    expect(results.filter((r) => r.status === "PENDING")).toHaveLength(10);
    expect(results.filter((r) => r.status === "WAITLISTED")).toHaveLength(40);
    expect(await seats(c.id)).toBe(10);
    expect(await db().trainingEnrolment.count({ where: { classId: c.id, status: "PENDING" } })).toBe(10);
    expect(await db().trainingEnrolment.count({ where: { classId: c.id, status: "WAITLISTED", waitlistedAt: { not: null } } })).toBe(40);
    // Each waitlisted person was told; nobody holding a place was.
    expect(await db().notification.count({ where: { kind: "training.waitlisted", userId: { in: users.map((u) => u.id) } } })).toBe(40);
    expect(await db().auditLog.count({ where: { action: "training.enrolment.signUp", actorId: { in: users.map((u) => u.id) } } })).toBe(50);
  });

  it("the same person signing up 10 times at once: one sign-up, one place", async () => {
    const c = await makeClass({ capacity: 5 });
    const u = await makeUser();
    const settled = await Promise.allSettled(Array.from({ length: 10 }, () => signUp(u, c.id)));
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    for (const s of settled) {
      if (s.status === "rejected") expect((s.reason as DomainError).messageKey).toBe("training.errors.already");
    }
    expect(await db().trainingEnrolment.count({ where: { classId: c.id } })).toBe(1);
    expect(await seats(c.id)).toBe(1);
  });
});

describe("the waiting list", () => {
  it("a withdrawn place goes to the first person waiting (→ 待审核), who is told; the next keeps waiting", async () => {
    const c = await makeClass({ capacity: 2 });
    const [a, b, w1, w2] = [await makeUser(), await makeUser(), await makeUser(), await makeUser()];
    const t0 = new Date();
    await signUp(a, c.id, { now: t0 });
    await signUp(b, c.id, { now: t0 });
    const r1 = await signUp(w1, c.id, { now: new Date(t0.getTime() + 1000) });
    const r2 = await signUp(w2, c.id, { now: new Date(t0.getTime() + 2000) });
    expect([r1.status, r2.status]).toEqual(["WAITLISTED", "WAITLISTED"]);
    expect([await waitlistPosition(r1.enrolmentId), await waitlistPosition(r2.enrolmentId)]).toEqual([1, 2]);

    const out = await cancelEnrolment(a, c.id, { now: new Date(t0.getTime() + 3000) });
    expect(out.promotedId).toBe(r1.enrolmentId);
    expect(await statusOf(r1.enrolmentId)).toBe("PENDING");
    expect(await statusOf(r2.enrolmentId)).toBe("WAITLISTED");
    expect(await waitlistPosition(r2.enrolmentId)).toBe(1);
    expect(await seats(c.id)).toBe(2);
    expect(await kinds(w1.id)).toEqual(["training.waitlisted", "training.movedUp"]);
  });

  it("staff declining or waitlisting a place-holder promotes the first waiting (never the one just waitlisted)", async () => {
    const c = await makeClass({ capacity: 1 });
    const staff = await makeUser({ role: "REVIEWER" });
    const [a, w] = [await makeUser(), await makeUser()];
    const ea = await signUp(a, c.id);
    const ew = await signUp(w, c.id);
    expect(ew.status).toBe("WAITLISTED");

    // a → 候补: w waited longer and moves up; a is now last in line.
    const moved = await decideEnrolment(staff, ea.enrolmentId, "WAITLIST", "先安排其他同志");
    expect(moved).toEqual({ status: "WAITLISTED", promotedId: ew.enrolmentId });
    expect(await statusOf(ew.enrolmentId)).toBe("PENDING");
    expect(await seats(c.id)).toBe(1);

    // Admitting a 候补 needs a free place.
    expect(await refusal(decideEnrolment(staff, ea.enrolmentId, "APPROVE"))).toBe("training.errors.full");
    // w is declined: the place goes to a, who is told.
    const declined = await decideEnrolment(staff, ew.enrolmentId, "DECLINE", "不符合本期培训安排");
    expect(declined.promotedId).toBe(ea.enrolmentId);
    expect(await statusOf(ea.enrolmentId)).toBe("PENDING");
    await decideEnrolment(staff, ea.enrolmentId, "APPROVE");
    expect(await statusOf(ea.enrolmentId)).toBe("APPROVED");
    expect(await seats(c.id)).toBe(1);
    expect(await kinds(a.id)).toEqual(["training.waitlisted", "training.movedUp", "training.approved"]);
    const note = await db().notification.findFirstOrThrow({ where: { userId: w.id, kind: "training.declined" } });
    expect(JSON.parse(note.params)).toMatchObject({ reason: "不符合本期培训安排", hasReason: "yes" });

    // 未录取 is final: no second sign-up, no staff move.
    expect(await refusal(signUp(w, c.id))).toBe("training.errors.declinedBefore");
    expect(await refusal(decideEnrolment(staff, ew.enrolmentId, "APPROVE"))).toBe("training.errors.badTransition");
  });

  it("staff admit a 候补 straight into a free place; a withdrawn person may sign up again", async () => {
    const c = await makeClass({ capacity: 1 });
    const staff = await makeUser({ role: "ADMIN" });
    const [a, w] = [await makeUser(), await makeUser()];
    await signUp(a, c.id);
    const ew = await signUp(w, c.id);
    await cancelEnrolment(w, c.id);
    expect(await statusOf(ew.enrolmentId)).toBe("CANCELLED");
    expect(await seats(c.id)).toBe(1);
    // Withdraws a place-holder: nobody waiting, the place stays free.
    const none = await cancelEnrolment(a, c.id);
    expect(none.promotedId).toBeNull();
    expect(await seats(c.id)).toBe(0);
    // w signs up again and takes the free place at once.
    expect((await signUp(w, c.id)).status).toBe("PENDING");
    await decideEnrolment(staff, ew.enrolmentId, "APPROVE");
    expect(await seats(c.id)).toBe(1);
  });

  it("nothing moves up in a class that is no longer published", async () => {
    const c = await makeClass({ capacity: 1 });
    const [a, w] = [await makeUser(), await makeUser()];
    await signUp(a, c.id);
    await signUp(w, c.id);
    await db().trainingClass.update({ where: { id: c.id }, data: { status: "FINISHED" } });
    expect(await refusal(cancelEnrolment(a, c.id))).toBe("training.errors.classNotOpen");
  });

  it("only staff decide; a user cancels only their own sign-up", async () => {
    const c = await makeClass({ capacity: 3 });
    const [a, other] = [await makeUser(), await makeUser()];
    const e = await signUp(a, c.id);
    await expect(decideEnrolment(a, e.enrolmentId, "APPROVE")).rejects.toMatchObject({ code: "forbidden" });
    // `other` has no sign-up of this class: their cancel finds none, a's stays.
    await expect(cancelEnrolment(other, c.id)).rejects.toMatchObject({ messageKey: "errors.notFound" });
    expect(await statusOf(e.enrolmentId)).toBe("PENDING");
  });
});

describe("who may sign up, and when", () => {
  it("refuses in words: unapproved account, window, status, level, unit", async () => {
    const now = new Date();
    const pending = await makeUser({ status: "PENDING" });
    const c = await makeClass({ eligibleLevels: ["SECTION", "DEPUTY_DIVISION"], eligibleUnits: ["舟山市财政局", "舟山市测试局"] });
    await expect(signUp(pending, c.id)).rejects.toMatchObject({ code: "notApproved" });

    const u = await makeUser();
    expect(await refusal(signUp(u, c.id))).toBe("training.errors.noLevel");
    await setProfile(u.id, { cadreLevel: "STAFF" });
    expect(await refusal(signUp(u, c.id))).toBe("training.errors.level");
    await setProfile(u.id, { cadreLevel: "SECTION", workUnit: "舟山市教育局" });
    expect(await refusal(signUp(u, c.id))).toBe("training.errors.unit");
    // Unit names compare without spaces or full-width forms.
    await setProfile(u.id, { workUnit: "舟山市 财政局" });
    expect((await signUp(u, c.id)).status).toBe("PENDING");

    const early = await makeClass({ opensAt: new Date(now.getTime() + DAY), closesAt: new Date(now.getTime() + 2 * DAY) });
    expect(await refusal(signUp(u, early.id))).toBe("training.errors.notYetOpen");
    const late = await makeClass({ opensAt: new Date(now.getTime() - 2 * DAY), closesAt: new Date(now.getTime() - 1000) });
    expect(await refusal(signUp(u, late.id))).toBe("training.errors.closed");
    const cancelled = await makeClass({ status: "CANCELLED" });
    expect(await refusal(signUp(u, cancelled.id))).toBe("training.errors.unavailable");
    const draft = await makeClass({ status: "DRAFT" });
    expect(await refusal(signUp(u, draft.id))).toBe("errors.notFound");
    expect(await db().trainingEnrolment.count({ where: { userId: u.id } })).toBe(1);
  });

  it("an empty list is everyone", async () => {
    const c = await makeClass({ eligibleLevels: [], eligibleUnits: [] });
    const u = await makeUser();
    expect((await signUp(u, c.id)).status).toBe("PENDING");
  });

  it("a written sign-up fixture counts its place (sanity of the fixture)", async () => {
    const c = await makeClass({ capacity: 1 });
    const u = await makeUser();
    await enrol(c.id, u.id, "APPROVED");
    expect((await signUp(await makeUser(), c.id)).status).toBe("WAITLISTED");
  });
});
