// The keyed audit chain and its checkpoints against a real database (hole 5 of issue 8): what
// appendAudit writes, what a rolled-back transaction leaves (nothing, no checkpoint), the
// genesis entry over a log written before the key, the log-stream checkpoints, and the
// three tamperings seen by verifyAuditLog (the function behind `npm run audit:verify`).
import fs from "node:fs";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { isUniqueViolation, transaction } from "@/lib/db/tx";
import { appendAudit, auditHeadColumns, auditHeadJoin, auditHeadOf, verifyAuditLog, type PreReadHead } from "@/lib/data/audit-log";
import { isPostgres, type Tx } from "@/lib/db/client";
import { GENESIS_ACTION, GENESIS_HASH, legacyEntryHash } from "@/lib/audit/chain";
import { CHECKPOINT_LOG_PREFIX, parseCheckpoint, readCheckpointFile } from "@/lib/audit/checkpoints";

const FILE_SINK = process.env.OPENSELECT_AUDIT_CHECKPOINTS!;
const checkpointFile = () => FILE_SINK.slice("file:".length);

async function reset() {
  process.env.OPENSELECT_AUDIT_CHECKPOINTS = FILE_SINK;
  await db().auditLog.deleteMany();
  fs.rmSync(checkpointFile(), { force: true });
}

const entry = (i: number) => ({
  actor: { id: "u-admin", realName: "王芳" },
  action: "staff.create",
  entityType: "User",
  entityId: `u${i}`,
  after: { role: "REVIEWER" },
});

async function append(n: number) {
  for (let i = 0; i < n; i++) await transaction((tx) => appendAudit(tx, entry(i)));
}

const rows = () => db().auditLog.findMany({ orderBy: { id: "asc" } });

beforeEach(reset);

describe("appending", () => {
  test("the first entry starts the keyed chain with a genesis entry; every commit leaves a checkpoint of the head", async () => {
    await append(3);
    const all = await rows();
    expect(all.map((r) => r.action)).toEqual([GENESIS_ACTION, "staff.create", "staff.create", "staff.create"]);
    expect(all[0].prevHash).toBe(GENESIS_HASH);
    const file = readCheckpointFile(checkpointFile());
    expect(file).toMatchObject({ lines: 3, malformed: 0, last: { seq: all[3].id, hash: all[3].hash } });
    expect(await verifyAuditLog()).toMatchObject({ verdict: "ok", checkpointFrom: "file", report: { entries: 4, genesisId: all[0].id } });
  });

  test("two entries in one transaction: one checkpoint, of the second", async () => {
    await transaction(async (tx) => {
      await appendAudit(tx, entry(1));
      await appendAudit(tx, entry(2));
    });
    const all = await rows();
    expect(all).toHaveLength(3);
    expect(readCheckpointFile(checkpointFile())).toMatchObject({ lines: 1, last: { seq: all[2].id } });
  });

  test("a rolled-back transaction leaves no entry and no checkpoint", async () => {
    await append(1);
    await expect(
      transaction(async (tx) => {
        await appendAudit(tx, entry(9));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(readCheckpointFile(checkpointFile()).lines).toBe(1);
    expect((await verifyAuditLog()).verdict).toBe("ok");
  });

  test("concurrent writers: one unbroken chain, the newest checkpoint is the head", async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => transaction((tx) => appendAudit(tx, entry(i)))));
    const all = await rows();
    expect(all).toHaveLength(9);
    expect(readCheckpointFile(checkpointFile()).last).toMatchObject({ seq: all[8].id, hash: all[8].hash });
    expect((await verifyAuditLog()).verdict).toBe("ok");
  });
});

describe("the head read with the caller's first statement (a nomination submission's read)", () => {
  const readHead = async (tx: Tx) => {
    const [row] = await tx.$queryRaw<
      Record<string, unknown>[]
    >`SELECT 1 AS "one" ${auditHeadColumns()} FROM (SELECT 1 AS "x") s ${auditHeadJoin()}`;
    return auditHeadOf(row);
  };

  test("an empty log, then a keyed one: the chain holds, and the head read is the head (SQLite) or none is offered (PostgreSQL)", async () => {
    await transaction(async (tx) => {
      const head = await readHead(tx);
      if (isPostgres()) expect(head).toBeUndefined();
      else expect(head?.entry).toBeNull();
      await appendAudit(tx, entry(1), { head });
    });
    await transaction(async (tx) => {
      const head = await readHead(tx);
      const newest = (await rows()).at(-1)!;
      if (!isPostgres())
        expect(head?.entry).toMatchObject({ id: newest.id, hash: newest.hash, createdAt: newest.createdAt, after: newest.after });
      await appendAudit(tx, entry(2), { head });
    });
    expect((await rows()).map((r) => r.action)).toEqual([GENESIS_ACTION, "staff.create", "staff.create"]);
    expect(await verifyAuditLog()).toMatchObject({ verdict: "ok", report: { entries: 3 } });
  });

  test("a second entry of the same transaction reads the head again: the one read first is stale by then", async () => {
    await append(1);
    await transaction(async (tx) => {
      const head = await readHead(tx);
      await appendAudit(tx, entry(2), { head });
      await appendAudit(tx, entry(3), { head });
    });
    expect(await rows()).toHaveLength(4);
    expect(await verifyAuditLog()).toMatchObject({ verdict: "ok", report: { entries: 4 } });
  });

  test("concurrent writers that read the head first: one unbroken chain", async () => {
    await append(1);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => transaction(async (tx) => appendAudit(tx, entry(i), { head: await readHead(tx) }))),
    );
    expect(await rows()).toHaveLength(10);
    expect((await verifyAuditLog()).verdict).toBe("ok");
  });

  test("a stale head handed in: PostgreSQL never uses it (it reads after the chain's lock); SQLite's unique prevHash refuses it", async () => {
    await append(2);
    const stale = { entry: (await rows())[1] } as unknown as PreReadHead;
    await append(1);
    const outcome = await transaction((tx) => appendAudit(tx, entry(7), { head: stale }), 1).then(
      () => "appended",
      (e: unknown) => (isUniqueViolation(e, "prevHash") ? "refused" : e),
    );
    // SQLite takes a head at its word (the caller read it in this transaction's snapshot, where it
    // cannot be stale); one that is anyway is never chained twice.
    expect(outcome).toBe(isPostgres() ? "appended" : "refused");
    expect(await rows()).toHaveLength(isPostgres() ? 5 : 4);
    expect((await verifyAuditLog()).verdict).toBe("ok");
  });
});

describe("a log written before the chain was keyed", () => {
  async function legacyRows(n: number) {
    let prev = GENESIS_HASH;
    for (let i = 0; i < n; i++) {
      const e = {
        createdAt: new Date(Date.UTC(2026, 10, 1, 9, 0, i)),
        actorId: "u1",
        actorName: "李敏",
        action: "account.approve",
        entityType: "User",
        entityId: `old${i}`,
        before: null,
        after: null,
        prevHash: prev,
      };
      const hash = legacyEntryHash(e);
      await db().auditLog.create({ data: { ...e, hash } });
      prev = hash;
    }
  }

  test("verifies as unkeyed until the next entry, which links a genesis entry to it", async () => {
    await legacyRows(3);
    expect(await verifyAuditLog()).toMatchObject({ verdict: "ok", report: { legacyEntries: 3, genesisId: null } });
    await append(1);
    const all = await rows();
    expect(all[3]).toMatchObject({
      action: GENESIS_ACTION,
      prevHash: all[2].hash,
      after: JSON.stringify({ algorithm: "HMAC-SHA256", continues: all[2].id }),
    });
    expect(await verifyAuditLog()).toMatchObject({ verdict: "ok", report: { legacyEntries: 3, genesisId: all[3].id, entries: 5 } });
  });

  test("after that, rewriting the old part (even recomputed) breaks the chain at the genesis", async () => {
    await legacyRows(3);
    await append(1);
    const all = await rows();
    let prev = all[0].hash;
    for (const r of all.slice(1, 3)) {
      const e = { ...r, actorName: "某人", prevHash: prev };
      const hash = createHash("sha256")
        .update(
          JSON.stringify([
            e.prevHash,
            e.createdAt.toISOString(),
            e.actorId,
            e.actorName,
            e.action,
            e.entityType,
            e.entityId,
            e.before,
            e.after,
          ]),
        )
        .digest("hex");
      await db().auditLog.update({ where: { id: r.id }, data: { actorName: "某人", prevHash: prev, hash } });
      prev = hash;
    }
    expect(await verifyAuditLog()).toMatchObject({ verdict: "broken", report: { problem: { at: all[3].id } } });
  });
});

describe("tampering", () => {
  test("deleting the newest entries: the checkpoint's entry is missing", async () => {
    await append(5);
    const all = await rows();
    await db().auditLog.deleteMany({ where: { id: { gt: all[3].id } } });
    const v = await verifyAuditLog();
    expect(v).toMatchObject({ verdict: "broken", report: { problem: { at: all[5].id } } });
    expect(v.report.problem!.message).toContain(`the log ends at entry #${all[3].id}`);
  });

  test("deleting every entry: the log is empty but a checkpoint existed", async () => {
    await append(2);
    await db().auditLog.deleteMany();
    const v = await verifyAuditLog();
    expect(v.verdict).toBe("broken");
    expect(v.report.problem!.message).toMatch(/empty.*every entry was deleted/);
  });

  test("rewriting an entry and recomputing the chain without the key", async () => {
    await append(3);
    const all = await rows();
    let prev = all[1].hash;
    for (const r of all.slice(2)) {
      const e = { ...r, after: JSON.stringify({ role: "ADMIN" }), prevHash: prev };
      const hash = legacyEntryHash(e);
      await db().auditLog.update({ where: { id: r.id }, data: { after: e.after, prevHash: prev, hash } });
      prev = hash;
    }
    const v = await verifyAuditLog();
    expect(v).toMatchObject({ verdict: "broken", report: { problem: { at: all[2].id } } });
    expect(v.report.problem!.message).toContain("OPENSELECT_AUDIT_KEY");
  });

  test("deleting the newest entries and the checkpoint file: no longer anchored, not OK", async () => {
    await append(3);
    const all = await rows();
    await db().auditLog.deleteMany({ where: { id: all[3].id } });
    fs.rmSync(checkpointFile());
    expect(await verifyAuditLog()).toMatchObject({ verdict: "unanchored", files: [{ exists: false }] });
  });
});

describe("checkpoints in the log stream (a deployment on PostgreSQL)", () => {
  test("one prefixed line per commit; verified against the line the operator copies", async () => {
    process.env.OPENSELECT_AUDIT_CHECKPOINTS = "log";
    const printed: string[] = [];
    const spy = jest.spyOn(console, "log").mockImplementation((line) => void printed.push(String(line)));
    try {
      await append(3);
    } finally {
      spy.mockRestore();
    }
    const lines = printed.filter((l) => l.startsWith(`${CHECKPOINT_LOG_PREFIX} `));
    expect(lines).toHaveLength(3);
    const newest = parseCheckpoint(lines[2])!;
    const all = await rows();
    expect(newest).toMatchObject({ seq: all[3].id, hash: all[3].hash });
    // Without a checkpoint the verifier cannot tell a cut tail, and says so.
    expect(await verifyAuditLog()).toMatchObject({ verdict: "unanchored", logSink: true });
    expect(await verifyAuditLog({ checkpoint: newest })).toMatchObject({ verdict: "ok", checkpointFrom: "argument" });
    await db().auditLog.delete({ where: { id: all[3].id } });
    expect(await verifyAuditLog({ checkpoint: newest })).toMatchObject({ verdict: "broken", report: { problem: { at: all[3].id } } });
  });
});
