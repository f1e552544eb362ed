// The console's and the nominator's buttons come from `can` flags in the data layer's answers
// (DTOs), computed by the rule the matching write enforces. Here each flag is read and then the
// write is tried on the same row: the flag must say exactly whether the write goes through.
// Real rows, real data layer, no mocks.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { AccountStatus, Role } from "@/lib/state/account";
import {
  approveUser,
  getAccount,
  getOwnProfile,
  listRegistrations,
  listStaff,
  rejectUser,
  restoreUser,
  revealIdNumber,
  resubmitProfile,
  suspendUser,
} from "@/lib/data/accounts";
import { decideNominations, getNominationForReview, getVacancyReview } from "@/lib/data/nomination-review";
import { getMyNomination, getNominationForm, listMyNominations, submitNomination, withdrawNomination } from "@/lib/data/nominations";
import { listTalentPool } from "@/lib/data/talent-pool";
import { getPolicy, createPolicy, setPolicyStatus, updatePolicy } from "@/lib/data/policies";
import { createVacancy, getVacancy, publishVacancy, setVacancyStatus, cancelVacancy, updateVacancy } from "@/lib/data/vacancies";
import { publicationMachine, type PublicationStatus } from "@/lib/state/publication";
import { makeUser as makeAccount } from "./support/users";
import { makeUser, makeVacancy, open, targeted } from "./nominations-fixtures";
import { policyInput, vacancyInput } from "./boards-fixtures";

const succeeds = (p: Promise<unknown>) =>
  p.then(
    () => true,
    () => false,
  );

describe("accounts: the registration screen's buttons", () => {
  const targets: [string, { role: Role; status: AccountStatus } | "self"][] = [
    ["pending nominator", { role: "NOMINATOR", status: "PENDING" }],
    ["rejected nominator", { role: "NOMINATOR", status: "REJECTED" }],
    ["approved nominator", { role: "NOMINATOR", status: "APPROVED" }],
    ["suspended nominator", { role: "NOMINATOR", status: "SUSPENDED" }],
    ["reviewer", { role: "REVIEWER", status: "APPROVED" }],
    ["suspended reviewer", { role: "REVIEWER", status: "SUSPENDED" }],
    ["administrator", { role: "ADMIN", status: "APPROVED" }],
    ["oneself", "self"],
  ];
  const writes = {
    approve: (by: Actor, id: string) => approveUser(by, id),
    reject: (by: Actor, id: string) => rejectUser(by, id, "材料不全"),
    suspend: (by: Actor, id: string) => suspendUser(by, id, "违规"),
    restore: (by: Actor, id: string) => restoreUser(by, id),
    revealId: (by: Actor, id: string) => revealIdNumber(by, id),
  } as const;

  test.each([["reviewer"], ["administrator"]])("%s: every flag says whether its write goes through", async (byName) => {
    const seen: [string, string, boolean][] = [];
    const expected: [string, string, boolean][] = [];
    for (const [targetName, spec] of targets) {
      for (const [move, write] of Object.entries(writes)) {
        // A fresh staff member and target per move: a write changes the target's state.
        const by = await makeAccount({ role: byName === "reviewer" ? "REVIEWER" : "ADMIN" });
        const target = spec === "self" ? by : await makeAccount(spec);
        const flag = (await getAccount(by, target.id)).can[move as keyof typeof writes];
        expected.push([targetName, move, flag]);
        seen.push([targetName, move, await succeeds(write(by, target.id))]);
      }
    }
    expect(seen).toEqual(expected);
    // And the flags are what the console offers: approve/reject only a pending 推荐人, suspend an
    // approved one (an administrator also staff), restore a suspended one, never oneself.
    const offered = expected.filter(([, , f]) => f).map(([t, m]) => `${t}:${m}`);
    const staffToo = byName === "administrator";
    expect(offered.sort()).toEqual(
      [
        "pending nominator:approve",
        "pending nominator:reject",
        "approved nominator:suspend",
        "suspended nominator:restore",
        ...targets.filter(([, s]) => s !== "self" && (s.role === "NOMINATOR" || staffToo)).map(([t]) => `${t}:revealId`),
        ...(staffToo ? ["reviewer:suspend", "administrator:suspend", "suspended reviewer:restore", "oneself:revealId"] : []),
      ].sort(),
    );
  });

  test("the list's checkbox is the approve flag; the staff list never offers a change of one's own role", async () => {
    const reviewer = await makeAccount({ role: "REVIEWER" });
    const pending = await makeAccount({ status: "PENDING", realName: "待审甲" });
    const suspended = await makeAccount({ status: "SUSPENDED", realName: "待审甲" });
    const list = await listRegistrations(reviewer, { q: "待审甲" });
    const byId = new Map(list.rows.map((r) => [r.id, r.canApprove]));
    expect([byId.get(pending.id), byId.get(suspended.id)]).toEqual([true, false]);

    const admin = await makeAccount({ role: "ADMIN" });
    const staff = await listStaff(admin);
    expect(staff.find((s) => s.id === admin.id)?.roleChangeTo).toBeNull();
    expect(staff.find((s) => s.id === reviewer.id)?.roleChangeTo).toBe("ADMIN");
  });

  test("one's own profile: editable while pending or rejected, as resubmitProfile allows", async () => {
    for (const status of ["PENDING", "REJECTED", "APPROVED", "SUSPENDED"] as const) {
      const u = await makeAccount({ status });
      const flag = (await getOwnProfile(u)).canEdit;
      const ok = await succeeds(
        resubmitProfile(u, {
          realName: u.realName,
          idNumber: u.idNumber,
          phone: u.phone,
          workUnit: "舟山市测试局",
          position: "科员",
          politicalStatus: "MASSES",
        }),
      );
      expect([status, flag]).toEqual([status, ok]);
    }
  });
});

describe("nominations: decide and withdraw", () => {
  test("canDecide on the review list, the talent pool and the detail page says whether a decision changes it", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ maxPerNominator: 3 });
    const setups: [string, (id: string) => Promise<unknown>][] = [
      ["submitted", async () => undefined],
      ["accepted", (id) => db().nomination.update({ where: { id }, data: { status: "ACCEPTED" } })],
      ["rejected", (id) => db().nomination.update({ where: { id }, data: { status: "REJECTED" } })],
      ["withdrawn", (id) => db().nomination.update({ where: { id }, data: { status: "WITHDRAWN", uniqueKey: null, slotKey: null } })],
      ["void", (id) => db().nomination.update({ where: { id }, data: { status: "VOID", uniqueKey: null, slotKey: null } })],
      // A year-old non-targeted one still reads SUBMITTED in its column: it is expired all the same.
      ["due to expire", (id) => db().nomination.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } })],
    ];
    // The flag is per row (the table offers both decisions): it is on when either decision would change it.
    const seen: [string, boolean, boolean][] = [];
    for (const [name, setup] of setups) {
      const flags: boolean[] = [];
      let changedAny = false;
      for (const to of ["ACCEPTED", "REJECTED"] as const) {
        const nominator = await makeUser();
        const person = { name: `候选${name}${to}` };
        const { id } = await submitNomination(
          nominator,
          name === "due to expire" ? open(nominator, person) : targeted(nominator, v.id, person),
        );
        await setup(id);
        flags.push((await getNominationForReview(reviewer, id)).canDecide);
        if (name === "due to expire") {
          flags.push((await listTalentPool(reviewer, { expired: true })).rows.find((r) => r.id === id)!.canDecide);
        } else {
          const { candidateId } = await db().nomination.findUniqueOrThrow({ where: { id } });
          flags.push((await getVacancyReview(reviewer, v.id, { candidateId })).rows[0].canDecide);
        }
        changedAny ||= (await decideNominations(reviewer, [id], to, "不符合条件")).changed === 1;
      }
      expect([name, new Set(flags).size]).toEqual([name, 1]);
      seen.push([name, flags[0], changedAny]);
    }
    expect(seen.map(([n, f]) => [n, f])).toEqual(seen.map(([n, , w]) => [n, w]));
    expect(seen.filter(([, f]) => f).map(([n]) => n)).toEqual(["submitted", "accepted", "rejected"]);
  });

  test("canWithdraw says whether withdrawing goes through; a suspended account sees no button and is refused", async () => {
    const v = await makeVacancy({ maxPerNominator: 2 });
    const cases: [string, string][] = [];
    for (const status of ["APPROVED", "SUSPENDED"] as const) {
      const nominator = await makeUser();
      const { id } = await submitNomination(nominator, targeted(nominator, v.id, { name: `撤回${status}` }));
      await db().user.update({ where: { id: nominator.id }, data: { status } });
      const actor = { ...nominator, status };
      const one = (await getMyNomination(actor, id)).canWithdraw;
      const listed = (await listMyNominations(actor)).rows.find((r) => r.id === id)?.canWithdraw;
      const mayNominate = (await listMyNominations(actor)).canNominate;
      const ok = await succeeds(withdrawNomination(actor, id));
      cases.push([status, `flag ${one}/${listed}, new nominations ${mayNominate}, write ${ok}`]);
    }
    expect(cases).toEqual([
      ["APPROVED", "flag true/true, new nominations true, write true"],
      ["SUSPENDED", "flag false/false, new nominations false, write false"],
    ]);
  });

  test("capReached on the targeted form says whether another nomination would be refused for the cap", async () => {
    const v = await makeVacancy({ maxPerNominator: 1 });
    const nominator = await makeUser();
    expect((await getNominationForm(nominator, v.id)).capReached).toBe(false);
    await submitNomination(nominator, targeted(nominator, v.id, { name: "上限甲" }));
    const form = await getNominationForm(nominator, v.id);
    expect([form.used, form.capReached]).toEqual([1, true]);
    await expect(submitNomination(nominator, targeted(nominator, v.id, { name: "上限乙" }))).rejects.toMatchObject({
      messageKey: "nominations.errors.capReached",
    });
  });
});

describe("boards: edit and status buttons", () => {
  test("a policy: canEdit and the listed moves are what updatePolicy and setPolicyStatus accept", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const reach: Record<PublicationStatus, PublicationStatus[]> = {
      DRAFT: [],
      PUBLISHED: ["PUBLISHED"],
      UNPUBLISHED: ["PUBLISHED", "UNPUBLISHED"],
    };
    const seen: string[] = [];
    const expected: string[] = [];
    for (const from of publicationMachine.states) {
      for (const to of [...publicationMachine.states, "edit" as const]) {
        const { id } = await createPolicy(staff, policyInput());
        for (const step of reach[from]) await setPolicyStatus(staff, id, step);
        const p = await getPolicy(staff, id);
        expected.push(`${from}→${to}: ${to === "edit" ? p.canEdit : p.moves.includes(to)}`);
        const ok = await succeeds(to === "edit" ? updatePolicy(staff, id, policyInput({ title: "改" })) : setPolicyStatus(staff, id, to));
        seen.push(`${from}→${to}: ${ok}`);
      }
    }
    expect(seen).toEqual(expected);
  });

  test("a vacancy: canEdit is what updateVacancy accepts, at every stage", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const now = new Date();
    const stages: [string, (id: string) => Promise<unknown>][] = [
      ["draft", async () => undefined],
      ["published", (id) => publishVacancy(staff, id)],
      ["notice", (id) => db().vacancy.update({ where: { id }, data: { status: "NOTICE", publishedAt: now } })],
      ["filled", (id) => db().vacancy.update({ where: { id }, data: { status: "FILLED", publishedAt: now } })],
      ["cancelled", (id) => cancelVacancy(staff, id, "撤销")],
    ];
    const seen: [string, boolean, boolean][] = [];
    for (const [name, reach] of stages) {
      const { id } = await createVacancy(staff, vacancyInput(now));
      await reach(id);
      const v = await getVacancy(staff, id);
      seen.push([name, v.canEdit, await succeeds(updateVacancy(staff, id, vacancyInput(now, { duties: "改" })))]);
    }
    for (const [name, flag, ok] of seen) expect([name, flag]).toEqual([name, ok]);
    expect(seen.map(([n, f]) => `${n}:${f}`)).toEqual(["draft:true", "published:true", "notice:false", "filled:false", "cancelled:false"]);
  });

  test("a vacancy's hand moves are its machine's but 已任命, named as the buttons and audit entries call them", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { id } = await createVacancy(staff, vacancyInput(new Date()));
    expect((await getVacancy(staff, id)).moves).toEqual([
      { to: "PUBLISHED", move: "publish" },
      { to: "CANCELLED", move: "cancel" },
    ]);
    await publishVacancy(staff, id);
    await db().vacancy.update({ where: { id }, data: { closesAt: new Date(Date.now() - 1000) } });
    // 转入公示中 is offered only while a 任职前公示 of the vacancy stands (publishing one does it).
    expect((await getVacancy(staff, id)).moves).toEqual([{ to: "CANCELLED", move: "cancel" }]);
    const notice = await db().notice.create({
      data: {
        kind: "PRE_APPOINTMENT",
        title: "任职前公示",
        body: "经研究，拟任用。",
        status: "PUBLISHED",
        publishedAt: new Date(),
        vacancyId: id,
      },
    });
    expect((await getVacancy(staff, id)).moves).toEqual([
      { to: "NOTICE", move: "notice" },
      { to: "CANCELLED", move: "cancel" },
    ]);
    await setVacancyStatus(staff, id, "NOTICE");
    // Withdrawn, the 公示 no longer holds the vacancy: 退回已发布 is offered again.
    await db().notice.update({ where: { id: notice.id }, data: { status: "UNPUBLISHED" } });
    const v = await getVacancy(staff, id);
    expect([v.stage, v.isPublic, v.live, v.moves]).toEqual([
      "NOTICE",
      true,
      false,
      // 已任命 is never offered by hand: it follows a published 任免 that passed the gate.
      [
        { to: "PUBLISHED", move: "reopen" },
        { to: "CANCELLED", move: "cancel" },
      ],
    ]);
  });
});
