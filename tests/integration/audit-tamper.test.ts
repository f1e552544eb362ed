// Hole 5 (issue 8): the audit chain must not be rewritable by someone who can write to the
// database. Against a real database and the real operator tool (`npm run audit:verify`, run as
// a child process with this test's environment): an intact chain passes; deleting the newest
// entries, deleting every entry, and rewriting an entry then recomputing the chain (with the
// published unkeyed formula, or with a guessed key) all fail.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { appendAudit } from "@/lib/audit/log";

const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function auditVerify(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(TSX, ["--conditions=react-server", "scripts/audit-verify.ts", ...args], {
    env: process.env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

/** A fresh chain of `n` entries written the way the app writes them. */
async function freshChain(n: number) {
  await db().auditLog.deleteMany();
  const file = process.env.OPENSELECT_AUDIT_CHECKPOINTS?.replace(/^file:/, "");
  if (file) fs.rmSync(file, { force: true });
  for (let i = 1; i <= n; i++) {
    await transaction((tx) =>
      appendAudit(tx, {
        actor: { id: "u-reviewer", realName: "李敏" },
        action: "account.approve",
        entityType: "User",
        entityId: `u${i}`,
        before: { status: "PENDING" },
        after: { status: "APPROVED" },
      }),
    );
  }
  return db().auditLog.findMany({ orderBy: { id: "asc" } });
}

type Row = Awaited<ReturnType<typeof freshChain>>[number];
const canonical = (e: Row, prevHash: string) =>
  JSON.stringify([prevHash, e.createdAt.toISOString(), e.actorId, e.actorName, e.action, e.entityType, e.entityId, e.before, e.after]);

/** Rewrites one entry's `after`, then recomputes every hash from there on with `hash`. */
async function rewriteAndRecompute(rows: Row[], index: number, hash: (text: string) => string) {
  let prev = index === 0 ? "0".repeat(64) : rows[index - 1].hash;
  for (let i = index; i < rows.length; i++) {
    const e = i === index ? { ...rows[i], after: JSON.stringify({ status: "REJECTED" }) } : rows[i];
    const h = hash(canonical(e, prev));
    await db().auditLog.update({ where: { id: e.id }, data: { after: e.after, prevHash: prev, hash: h } });
    prev = h;
  }
}

describe("npm run audit:verify (hole 5)", () => {
  jest.setTimeout(240_000);

  test("an intact chain passes", async () => {
    await freshChain(4);
    const r = auditVerify();
    expect(r).toMatchObject({ code: 0 });
  });

  test("deleting the newest entries fails", async () => {
    const rows = await freshChain(5);
    await db().auditLog.deleteMany({ where: { id: { gte: rows[3].id } } });
    const r = auditVerify();
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(new RegExp(`#${rows[rows.length - 1].id}`));
  });

  test("deleting every entry fails", async () => {
    await freshChain(3);
    await db().auditLog.deleteMany();
    const r = auditVerify();
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/empty|deleted/i);
  });

  test("rewriting an entry and recomputing the chain without the key fails", async () => {
    const unkeyed = await freshChain(4);
    await rewriteAndRecompute(unkeyed, 1, (t) => createHash("sha256").update(t).digest("hex"));
    const r1 = auditVerify();
    expect(r1.code).not.toBe(0);
    expect(r1.out).toMatch(new RegExp(`#${unkeyed[1].id}`));

    const guessed = await freshChain(4);
    const wrongKey = randomBytes(32);
    await rewriteAndRecompute(guessed, 2, (t) => createHmac("sha256", wrongKey).update(t).digest("hex"));
    const r2 = auditVerify();
    expect(r2.code).not.toBe(0);
    expect(r2.out).toMatch(new RegExp(`#${guessed[2].id}`));
  });
});
