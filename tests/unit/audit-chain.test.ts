import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import {
  GENESIS_ACTION,
  GENESIS_HASH,
  keyedEntryHash,
  legacyEntryHash,
  verifyChain,
  type ChainedEntry,
  type EntryContent,
} from "@/lib/audit/chain";
import { checkpointSinks, defaultCheckpointFile, parseCheckpoint, readCheckpointFile, writeCheckpoint } from "@/lib/audit/checkpoints";

const KEY = Buffer.alloc(32, 3);

function content(i: number, prevHash: string, action = "account.approve"): EntryContent {
  return {
    createdAt: new Date(Date.UTC(2026, 10, 28, 10, 0, i)),
    actorId: "u1",
    actorName: "李敏",
    action,
    entityType: "User",
    entityId: `u${i}`,
    before: JSON.stringify({ status: "PENDING" }),
    after: JSON.stringify({ status: "APPROVED" }),
    prevHash,
  };
}

/** `legacy` unkeyed entries, then (if keyed > 0) a genesis entry and keyed - 1 more. */
function chain(keyed: number, legacy = 0, key = KEY): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= legacy + keyed; i++) {
    const isGenesis = i === legacy + 1;
    const e = content(i, prev, isGenesis ? GENESIS_ACTION : "account.approve");
    const full = { ...e, id: i, hash: i <= legacy ? legacyEntryHash(e) : keyedEntryHash(e, key) };
    out.push(full);
    prev = full.hash;
  }
  return out;
}

const last = (c: ChainedEntry[]) => ({ seq: c[c.length - 1].id!, hash: c[c.length - 1].hash });

describe("keyed audit chain", () => {
  it("verifies an intact chain, with and against its checkpoint", () => {
    const c = chain(5);
    expect(verifyChain(c, KEY)).toMatchObject({ ok: true, entries: 5, genesisId: 1, legacyEntries: 0, head: { id: 5 } });
    expect(verifyChain(c, KEY, last(c))).toMatchObject({ ok: true });
  });

  it("reports the first entry whose content was edited", () => {
    const c = chain(5);
    c[2] = { ...c[2], after: JSON.stringify({ status: "REJECTED" }) };
    expect(verifyChain(c, KEY)).toMatchObject({ ok: false, problem: { at: 3, message: expect.stringContaining("#3") } });
  });

  it("reports a deleted entry at the entry after the gap", () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyChain(c, KEY)).toMatchObject({ ok: false, problem: { at: 3 } });
  });

  it("refuses a chain recomputed without the key (unkeyed formula or another key)", () => {
    const c = chain(4);
    const forged = { ...c[1], actorName: "某人" };
    c[1] = { ...forged, hash: legacyEntryHash(forged) };
    expect(verifyChain(c, KEY)).toMatchObject({ ok: false, problem: { at: 2, message: expect.stringContaining("OPENSELECT_AUDIT_KEY") } });
    const other = chain(4, 0, randomBytes(32));
    expect(verifyChain(other, KEY)).toMatchObject({ ok: false, problem: { at: 1, message: expect.stringContaining("genesis") } });
  });

  it("refuses a whole chain rewritten in the old unkeyed form", () => {
    const real = chain(4);
    const rewritten = chain(0, 4);
    expect(verifyChain(rewritten, KEY)).toMatchObject({ ok: true, genesisId: null, legacyEntries: 4 });
    expect(verifyChain(rewritten, KEY, last(real))).toMatchObject({
      ok: false,
      problem: { at: 4, message: expect.stringContaining("rewritten") },
    });
  });

  it("finds the newest entries, or all of them, deleted, from the checkpoint", () => {
    const c = chain(6);
    const cp = { ...last(c), at: "2026-11-28T10:00:06.000Z" };
    expect(verifyChain(c.slice(0, 4), KEY, cp)).toMatchObject({
      ok: false,
      problem: { at: 6, message: expect.stringMatching(/ends at entry #4.*#6.*deleted/) },
    });
    expect(verifyChain([], KEY, cp)).toMatchObject({ ok: false, problem: { message: expect.stringContaining("empty") } });
    // A later entry numbered past the checkpoint cannot hide the gap either.
    const gap = [...c.slice(0, 4), { ...c[5], id: 7 }];
    expect(verifyChain(gap, KEY, cp)).toMatchObject({ ok: false, problem: { at: 6, message: expect.stringContaining("missing") } });
  });

  it("keeps entries written before the key, behind a genesis entry that pins them", () => {
    const c = chain(3, 4);
    expect(verifyChain(c, KEY)).toMatchObject({ ok: true, legacyEntries: 4, genesisId: 5, entries: 7 });
    // Rewriting the old part, even with its own (public) formula recomputed, breaks the genesis's link.
    const old = chain(0, 4).map((e) => ({ ...e }));
    const forged = { ...old[1], actorName: "某人" };
    old[1] = { ...forged, hash: legacyEntryHash(forged) };
    for (let i = 2; i < 4; i++) {
      const e = { ...old[i], prevHash: old[i - 1].hash };
      old[i] = { ...e, hash: legacyEntryHash(e) };
    }
    expect(verifyChain([...old, ...c.slice(4)], KEY)).toMatchObject({ ok: false, problem: { at: 5 } });
  });

  it("refuses an unkeyed entry after the genesis, and a second genesis", () => {
    const c = chain(4);
    const e = content(5, c[3].hash);
    expect(verifyChain([...c, { ...e, id: 5, hash: legacyEntryHash(e) }], KEY)).toMatchObject({ ok: false, problem: { at: 5 } });
    const g = content(5, c[3].hash, GENESIS_ACTION);
    expect(verifyChain([...c, { ...g, id: 5, hash: keyedEntryHash(g, KEY) }], KEY)).toMatchObject({
      ok: false,
      problem: { at: 5, message: expect.stringContaining("second time") },
    });
  });
});

describe("checkpoints", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-checkpoints-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("go next to the SQLite database by default, else to the log; or where configured", () => {
    expect(checkpointSinks({}, "/srv/data/openselect.db")).toEqual([{ kind: "file", path: "/srv/data/openselect-audit-checkpoints.log" }]);
    expect(defaultCheckpointFile("/tmp/x.sqlite")).toBe("/tmp/x-audit-checkpoints.log");
    expect(checkpointSinks({}, null)).toEqual([{ kind: "log" }]);
    expect(checkpointSinks({ OPENSELECT_AUDIT_CHECKPOINTS: "log, file:/var/lib/os/cp.log" }, null)).toEqual([
      { kind: "log" },
      { kind: "file", path: "/var/lib/os/cp.log" },
    ]);
    expect(() => checkpointSinks({ OPENSELECT_AUDIT_CHECKPOINTS: "stdout" }, null)).toThrow(/OPENSELECT_AUDIT_CHECKPOINTS/);
  });

  it("are read back as the newest (highest) one, torn or edited lines counted", () => {
    const file = path.join(tmp, "cp.log");
    const h = (c: string) => c.repeat(64);
    writeCheckpoint([{ kind: "file", path: file }], { seq: 7, hash: h("a") });
    writeCheckpoint([{ kind: "file", path: file }], { seq: 9, hash: h("b") });
    writeCheckpoint([{ kind: "file", path: file }], { seq: 8, hash: h("c") });
    fs.appendFileSync(file, '{"seq":10,"ha');
    expect(readCheckpointFile(file)).toMatchObject({ exists: true, lines: 4, malformed: 1, last: { seq: 9, hash: h("b") } });
    expect(readCheckpointFile(path.join(tmp, "none.log"))).toMatchObject({ exists: false, last: null });
  });

  it("given by the operator: seq:hash, or a line copied from the log", () => {
    const hash = "d".repeat(64);
    expect(parseCheckpoint(`12:${hash}`)).toEqual({ seq: 12, hash });
    expect(
      parseCheckpoint(`2026-12-01T10:00:00Z app OPENSELECT_AUDIT_CHECKPOINT {"seq":12,"hash":"${hash}","at":"2026-12-01T10:00:00.000Z"}`),
    ).toEqual({
      seq: 12,
      hash,
      at: "2026-12-01T10:00:00.000Z",
    });
    expect(parseCheckpoint("12:abc")).toBeNull();
    expect(parseCheckpoint(`0:${hash}`)).toBeNull();
  });

  it("in the log: one line with a fixed prefix", () => {
    const spy = jest.spyOn(console, "log").mockImplementation(() => {});
    writeCheckpoint([{ kind: "log" }], { seq: 3, hash: "e".repeat(64), at: "2026-12-01T10:00:00.000Z" });
    expect(spy).toHaveBeenCalledWith(`OPENSELECT_AUDIT_CHECKPOINT {"seq":3,"hash":"${"e".repeat(64)}","at":"2026-12-01T10:00:00.000Z"}`);
    spy.mockRestore();
  });
});
