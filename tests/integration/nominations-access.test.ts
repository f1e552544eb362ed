// Who may see and touch what, through the server actions and the export route handlers
// called as a crafted request would call them: only the session lookup is replaced.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/data/errors";
import { getMyNomination, listMyNominations, submitNomination, withdrawNomination } from "@/lib/data/nominations";
import { makeUser, makeVacancy, open, REASONS, targeted } from "./nominations-fixtures";

let signedIn: Actor | null = null;
jest.mock("@/lib/auth/session", () => ({ currentActor: async () => signedIn }));
jest.mock("next/cache", () => ({
  revalidatePath: jest.fn(),
  revalidateTag: jest.fn(),
  updateTag: jest.fn(),
  unstable_cache: (fn: unknown) => fn,
}));

import { submitNominationAction } from "@/app/[locale]/(account)/nominate/actions";
import { withdrawNominationAction } from "@/app/[locale]/(account)/account/nominations/actions";
import { decideAction, mergeAction, shortlistAction } from "@/app/[locale]/(admin)/admin/nominations/actions";
import { GET as exportVacancy } from "@/app/[locale]/(admin)/admin/exports/vacancy/[id]/route";
import { GET as exportPool } from "@/app/[locale]/(admin)/admin/exports/talent-pool/route";
import { NextRequest } from "next/server";

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};

function formFor(actor: Actor, vacancyId: string, over: Record<string, string> = {}) {
  return form({
    kind: "TARGETED",
    vacancyId,
    name: "贺恩盛",
    gender: "M",
    birthDate: "1983-11-08",
    workUnit: "舟山市普陀区农林水利局",
    currentPost: "团工委书记",
    currentLevel: "SECTION",
    yearsAtLevel: "4",
    education: "BACHELOR",
    relationship: "COLLEAGUE",
    ...REASONS,
    signature: actor.realName,
    ...over,
  });
}

describe("someone else's nomination, by id", () => {
  test("cannot be read or withdrawn by another nominator (reads as not found), nothing changes", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const v = await makeVacancy();
    const { id } = await submitNomination(owner, targeted(owner, v.id));
    await expect(getMyNomination(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawNomination(other, id)).rejects.toBeInstanceOf(NotFoundError);
    signedIn = other;
    expect(await withdrawNominationAction({}, form({ id }))).toMatchObject({ message: "errors.notFound" });
    expect((await db().nomination.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect((await listMyNominations(other)).rows.map((r) => r.id)).not.toContain(id);
    // The owner can.
    signedIn = owner;
    expect(await withdrawNominationAction({}, form({ id }))).toEqual({ ok: true, message: "nominations.mine.withdrawn" });
    expect((await db().nomination.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
  });

  test("staff cannot withdraw a nominator's nomination either", async () => {
    const owner = await makeUser();
    const reviewer = await makeUser({ role: "REVIEWER" });
    const { id } = await submitNomination(owner, open(owner));
    await expect(withdrawNomination(reviewer, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("withdrawing after the window closed is refused", async () => {
    const owner = await makeUser();
    const v = await makeVacancy({ opensAt: new Date("2026-01-01T00:00:00Z"), closesAt: new Date("2026-01-10T00:00:00Z") });
    const { id } = await submitNomination(owner, targeted(owner, v.id), { now: new Date("2026-01-05T00:00:00Z") });
    await expect(withdrawNomination(owner, id, { now: new Date("2026-01-10T00:00:00Z") })).rejects.toMatchObject({
      messageKey: "nominations.errors.withdrawClosed",
    });
    await expect(withdrawNomination(owner, id, { now: new Date("2026-01-09T23:59:59Z") })).resolves.toBeUndefined();
  });
});

describe("the submit action", () => {
  test.each(["PENDING", "REJECTED", "SUSPENDED"])("a %s account gets a refusal and nothing is written", async (status) => {
    const actor = await makeUser({ status });
    const v = await makeVacancy();
    signedIn = actor;
    const result = await submitNominationAction({}, formFor(actor, v.id));
    expect(result.message).toBe(status === "SUSPENDED" ? "errors.auth.suspended" : "errors.auth.notApproved");
    expect(await db().nomination.count({ where: { nominatorId: actor.id } })).toBe(0);
  });

  test("a visitor is refused", async () => {
    const v = await makeVacancy();
    signedIn = null;
    expect(
      (await submitNominationAction({}, formFor({ id: "x", realName: "x", role: "NOMINATOR", status: "APPROVED" }, v.id))).message,
    ).toBe("errors.auth.unauthenticated");
  });

  test("bad input comes back as field errors with the typed values; nothing is written", async () => {
    const actor = await makeUser();
    const v = await makeVacancy();
    signedIn = actor;
    const result = await submitNominationAction({}, formFor(actor, v.id, { reasonDe: "好", birthDate: "1983-02-30" }));
    expect(result.errors?.reasonDe).toEqual(["nominations.errors.reasonTooShort"]);
    expect(result.errors?.birthDate).toEqual(["nominations.errors.birthDate"]);
    expect(result.values?.name).toBe("贺恩盛");
    expect(await db().nomination.count({ where: { nominatorId: actor.id } })).toBe(0);
  });

  test("a wrong signature is a field error", async () => {
    const actor = await makeUser();
    const v = await makeVacancy();
    signedIn = actor;
    const result = await submitNominationAction({}, formFor(actor, v.id, { signature: "别人" }));
    expect(result.errors?.signature).toEqual(["nominations.errors.signature"]);
  });

  test("a valid submission is written and redirects to its receipt", async () => {
    const actor = await makeUser();
    const v = await makeVacancy();
    signedIn = actor;
    const err = await submitNominationAction({}, formFor(actor, v.id)).catch((e: Error & { digest?: string }) => e);
    expect(String((err as { digest?: string }).digest)).toMatch(/^NEXT_REDIRECT;.*\/account\/nominations\/\w+\?submitted=1/);
    const row = await db().nomination.findFirstOrThrow({ where: { nominatorId: actor.id } });
    expect(row.signedName).toBe(actor.realName);
    expect(JSON.parse(row.nominee)).toMatchObject({ name: "贺恩盛", birthDate: "1983-11-08", currentLevel: "SECTION" });
  });

  test("self-nomination ignores a typed name and uses the account", async () => {
    const actor = await makeUser({ realName: "自荐者" });
    const v = await makeVacancy();
    signedIn = actor;
    await submitNominationAction({}, formFor(actor, v.id, { self: "1", name: "冒名者" })).catch(() => undefined);
    const row = await db().nomination.findFirstOrThrow({ where: { nominatorId: actor.id }, include: { candidate: true } });
    expect(row.isSelf).toBe(true);
    expect(row.candidate.name).toBe("自荐者");
  });
});

describe("console actions and exports refuse nominators", () => {
  test("decide / shortlist / merge by a nominator are refused and change nothing", async () => {
    const u = await makeUser();
    const v = await makeVacancy();
    const { id } = await submitNomination(u, targeted(u, v.id));
    const candidateId = (await db().nomination.findUniqueOrThrow({ where: { id } })).candidateId;
    for (const actor of [u, null]) {
      signedIn = actor;
      expect((await decideAction({}, form({ ids: [id], decision: "ACCEPTED", reason: "" }))).message).toMatch(/^errors\.auth\./);
      expect((await shortlistAction({}, form({ vacancyId: v.id, candidateId, on: "1" }))).message).toMatch(/^errors\.auth\./);
      expect((await mergeAction({}, form({ keepId: candidateId, dropId: candidateId }))).message).toMatch(/^errors\.auth\./);
    }
    expect((await db().nomination.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect(await db().shortlist.count({ where: { vacancyId: v.id } })).toBe(0);
  });

  test("a reviewer's bulk reject without a reason is a field error", async () => {
    const u = await makeUser();
    const v = await makeVacancy();
    const { id } = await submitNomination(u, targeted(u, v.id));
    signedIn = await makeUser({ role: "REVIEWER" });
    const r = await decideAction({}, form({ ids: [id], decision: "REJECTED", reason: "" }));
    expect(r.errors?.reason).toEqual(["errors.required"]);
    const ok = await decideAction({}, form({ ids: [id], decision: "ACCEPTED", reason: "" }));
    expect(ok).toMatchObject({ ok: true, changed: 1, skipped: 0 });
  });

  test("export routes: 401 for visitors, 403 for nominators, a file for staff", async () => {
    const u = await makeUser();
    const v = await makeVacancy();
    await submitNomination(u, targeted(u, v.id));
    const req = (path: string) => new NextRequest(new URL(path, "http://localhost"));
    const call = () =>
      exportVacancy(req(`/admin/exports/vacancy/${v.id}?what=tally&format=xlsx`), { params: Promise.resolve({ id: v.id }) });
    signedIn = null;
    expect((await call()).status).toBe(401);
    signedIn = u;
    expect((await call()).status).toBe(403);
    expect((await exportPool(req("/admin/exports/talent-pool?format=csv"))).status).toBe(403);
    signedIn = await makeUser({ status: "SUSPENDED", role: "REVIEWER" });
    expect((await call()).status).toBe(403);
    signedIn = await makeUser({ role: "REVIEWER" });
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(res.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 2).toString()).toBe("PK"); // a zip container, as .xlsx is
    const csv = await exportPool(req("/admin/exports/talent-pool?format=csv"));
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, for Excel on Windows
    expect(bytes.subarray(3).toString("utf8").startsWith("回执编号")).toBe(true);
    expect(
      (await exportVacancy(req(`/admin/exports/vacancy/${v.id}?what=secrets&format=xlsx`), { params: Promise.resolve({ id: v.id }) }))
        .status,
    ).toBe(400);
    expect(
      (await exportVacancy(req(`/admin/exports/vacancy/nope?what=tally&format=csv`), { params: Promise.resolve({ id: "nope" }) })).status,
    ).toBe(404);
  });
});
