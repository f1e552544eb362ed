import { entryHash, GENESIS_HASH, verifyChain, type ChainedEntry } from "@/lib/audit/chain";

function chain(n: number): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = {
      id: i,
      createdAt: new Date(Date.UTC(2026, 10, 28, 10, 0, i)),
      actorId: "u1",
      actorName: "李敏",
      action: "account.approve",
      entityType: "User",
      entityId: `u${i}`,
      before: JSON.stringify({ status: "PENDING" }),
      after: JSON.stringify({ status: "APPROVED" }),
      prevHash: prev,
    };
    const full = { ...e, hash: entryHash(e) };
    out.push(full);
    prev = full.hash;
  }
  return out;
}

describe("audit hash chain", () => {
  it("verifies an intact chain", () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, count: 5 });
  });

  it("reports the first entry whose content was edited", () => {
    const c = chain(5);
    c[2] = { ...c[2], after: JSON.stringify({ status: "REJECTED" }) };
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it("reports a deleted entry at the entry after the gap", () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it("reports a recomputed-but-relinked forgery at the next entry", () => {
    const c = chain(4);
    const forged = { ...c[1], actorName: "某人" };
    c[1] = { ...forged, hash: entryHash(forged) };
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringContaining("prevHash") });
  });
});
