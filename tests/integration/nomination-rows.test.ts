// The submission writes its rows with plain statements (lib/data/sql/nomination-submit.ts), not
// model calls: these rows must be stored exactly as the models store them (times, booleans, ids)
// and read back through the models unchanged, on SQLite and on PostgreSQL. And a unique
// violation of a plain statement must be recognized like a model call's (the retry and the
// duplicate refusal depend on it).
import { db, isPostgres } from "@/lib/db/client";
import { isUniqueViolation, transaction } from "@/lib/db/tx";
import { submitNomination } from "@/lib/data/nominations";
import { insertNomination } from "@/lib/data/sql/nomination-submit";
import { expiryFor } from "@/lib/nominations/rules";
import { makeUser, makeVacancy, REASONS, selfTargeted, targeted } from "./nominations-fixtures";

const AT = new Date(Date.now() - 3_600_000 + 123); // inside the default window, with milliseconds

/** The stored form of a row's columns, as the database holds them (text on both databases). */
async function stored(table: "Nomination" | "Candidate", id: string, columns: string[]): Promise<Record<string, unknown>> {
  const list = columns.map((c) => `CAST("${c}" AS TEXT) AS "${c}"`).join(", ");
  const kinds = isPostgres() ? "" : ", " + columns.map((c) => `typeof("${c}") AS "${c}:type"`).join(", ");
  const param = isPostgres() ? "$1" : "?";
  const rows = await db().$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${list}${kinds} FROM "${table}" WHERE "id" = ${param}`, id);
  return rows[0];
}

// Ids of rows written with plain statements: a random UUID's 32 hex digits, letters and digits only.
const UUID = /^[0-9a-f]{32}$/;

describe("rows written by a submission", () => {
  test("read back through the models with every value as submitted", async () => {
    const actor = await makeUser();
    const v = await makeVacancy();
    const input = targeted(actor, v.id, { name: "严守恒" });
    const before = Date.now();
    const { id, receiptNo } = await submitNomination(actor, { ...input, nominee: { ...input.nominee, phone: "13800001111" } }, { now: AT });
    const n = await db().nomination.findUniqueOrThrow({ where: { id }, include: { candidate: true } });
    expect(n).toMatchObject({
      receiptNo,
      kind: "TARGETED",
      vacancyId: v.id,
      nominatorId: actor.id,
      isSelf: false,
      relationship: "COLLEAGUE",
      ...REASONS,
      suitableField: null,
      signedName: actor.realName,
      status: "SUBMITTED",
      reviewNote: null,
      reviewedAt: null,
      reviewedById: null,
      uniqueKey: `T:${v.id}:${actor.id}:${n.candidateId}`,
      slotKey: `S:${v.id}:${actor.id}:1`,
    });
    expect(n.submittedAt).toEqual(AT);
    expect(n.expiresAt).toEqual(expiryFor("TARGETED", AT));
    expect(n.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(n.updatedAt.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    expect(JSON.parse(n.nominee)).toMatchObject({ name: "严守恒", birthDate: "1983-11-08", phone: "13800001111" });
    expect(JSON.parse(n.flags)).toEqual(expect.any(Array));
    expect(n.id).toMatch(UUID);
    expect(n.candidate).toMatchObject({
      name: "严守恒",
      gender: "M",
      birthDate: new Date(Date.UTC(1983, 10, 8)),
      workUnit: input.nominee.workUnit,
      currentPost: "团工委书记",
      currentLevel: "SECTION",
      yearsAtLevel: 4,
      education: "BACHELOR",
      phone: "13800001111",
      userId: null,
      mergedIntoId: null,
    });
    expect(n.candidate.id).toMatch(UUID);
    expect(n.candidate.createdAt).toBeInstanceOf(Date);
    expect(n.candidate.updatedAt).toEqual(n.candidate.createdAt);
    // The alias points at the new person, and the next nominator of the same person finds them.
    expect(await db().candidateAlias.count({ where: { candidateId: n.candidateId } })).toBe(1);
    const other = await makeUser();
    const second = await submitNomination(other, targeted(other, v.id, { name: "严守恒" }), { now: AT });
    expect((await db().nomination.findUniqueOrThrow({ where: { id: second.id } })).candidateId).toBe(n.candidateId);
  });

  test("a self-nomination stores true and links the account", async () => {
    const actor = await makeUser({ realName: "自荐者" });
    const v = await makeVacancy();
    const { id } = await submitNomination(actor, selfTargeted(actor, v.id), { now: AT });
    const n = await db().nomination.findUniqueOrThrow({ where: { id }, include: { candidate: true } });
    expect(n.isSelf).toBe(true);
    expect(n.relationship).toBe("SELF");
    expect(n.candidate.userId).toBe(actor.id);
    expect(n.candidate.name).toBe("自荐者");
    expect(await db().nomination.count({ where: { isSelf: true, nominatorId: actor.id } })).toBe(1);
  });

  test("stored in the same form as a row the models write (times, booleans)", async () => {
    const actor = await makeUser({ realName: "对照人" });
    const v = await makeVacancy();
    const mine = await submitNomination(actor, selfTargeted(actor, v.id), { now: AT });
    const raw = await db().nomination.findUniqueOrThrow({ where: { id: mine.id } });
    // The twin, written by a model call with the same values.
    const twin = await db().nomination.create({
      data: {
        receiptNo: `${raw.receiptNo}-twin`,
        kind: raw.kind,
        vacancyId: raw.vacancyId,
        nominatorId: raw.nominatorId,
        candidateId: raw.candidateId,
        isSelf: true,
        relationship: raw.relationship,
        ...REASONS,
        nominee: raw.nominee,
        signedName: raw.signedName,
        flags: raw.flags,
        submittedAt: raw.submittedAt,
        expiresAt: raw.expiresAt,
      },
    });
    const columns = ["isSelf", "submittedAt", "expiresAt", "reviewedAt", "suitableField"];
    expect(await stored("Nomination", mine.id, columns)).toEqual(await stored("Nomination", twin.id, columns));
    // updatedAt and createdAt are written at different moments: on SQLite (times stored as text,
    // compared and sorted as text) their shape must be the models' (…T12:34:56.789+00:00); on
    // PostgreSQL the column's type decides the form.
    const shape = (s: unknown) => (isPostgres() ? "timestamp" : String(s).replace(/\d/g, "9"));
    const [a, b] = [await stored("Nomination", mine.id, ["updatedAt"]), await stored("Nomination", twin.id, ["updatedAt"])];
    expect(shape(a.updatedAt)).toBe(shape(b.updatedAt));
    const candidateCols = ["birthDate", "createdAt", "yearsAtLevel"];
    const twinCandidate = await db().candidate.create({
      data: {
        name: "对照人",
        gender: "M",
        birthDate: new Date(Date.UTC(1985, 4, 12)),
        workUnit: "x",
        currentPost: "x",
        currentLevel: "x",
        yearsAtLevel: 3,
        education: "x",
      },
    });
    const [c1, c2] = [
      await stored("Candidate", raw.candidateId, candidateCols),
      await stored("Candidate", twinCandidate.id, candidateCols),
    ];
    expect(c1.birthDate).toBe(c2.birthDate);
    expect(shape(c1.createdAt)).toBe(shape(c2.createdAt));
    if (!isPostgres()) expect(c1["yearsAtLevel:type"]).toBe(c2["yearsAtLevel:type"]);
    // Ordering by time mixes both kinds of rows correctly.
    const ordered = await db().nomination.findMany({
      where: { nominatorId: actor.id },
      orderBy: { submittedAt: "desc" },
      select: { id: true },
    });
    expect(ordered).toHaveLength(2);
  });
});

describe("a unique violation of a plain statement", () => {
  test("is recognized, with its column, like a model call's", async () => {
    const actor = await makeUser();
    const v = await makeVacancy();
    const { id } = await submitNomination(actor, targeted(actor, v.id), { now: AT });
    const n = await db().nomination.findUniqueOrThrow({ where: { id } });
    const again = (over: Partial<Parameters<typeof insertNomination>[1]>) =>
      transaction((tx) =>
        insertNomination(tx, {
          receiptNo: `${n.receiptNo}-b`,
          kind: n.kind,
          vacancyId: n.vacancyId,
          nominatorId: n.nominatorId,
          candidateId: n.candidateId,
          isSelf: false,
          relationship: n.relationship,
          ...REASONS,
          suitableField: null,
          nominee: n.nominee,
          signedName: n.signedName,
          flags: n.flags,
          status: "SUBMITTED",
          submittedAt: AT,
          expiresAt: null,
          uniqueKey: null,
          slotKey: null,
          ...over,
        }),
      ).then(
        () => null,
        (e: unknown) => e,
      );
    const byReceipt = await again({ receiptNo: n.receiptNo });
    expect(isUniqueViolation(byReceipt)).toBe(true);
    expect(isUniqueViolation(byReceipt, "receiptNo")).toBe(true);
    expect(isUniqueViolation(byReceipt, "uniqueKey")).toBe(false);
    const byKey = await again({ uniqueKey: n.uniqueKey });
    expect(isUniqueViolation(byKey, "uniqueKey")).toBe(true);
    // Not every failure is one: a missing candidate is a foreign-key error.
    const byReference = await again({ candidateId: "nobody" });
    expect(byReference).not.toBeNull();
    expect(isUniqueViolation(byReference)).toBe(false);
  });
});
