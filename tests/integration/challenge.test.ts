// The proof-of-work challenge: a real challenge issued by the app, solved with altcha-lib, is
// accepted once; replays, expired, forged and malformed answers are refused.
import { db } from "@/lib/db/client";
import { checkChallenge, challengeMaxNumber, CHALLENGE_TTL_MS, DEFAULT_CHALLENGE_MAX_NUMBER } from "@/lib/security/challenge";
import { decodeChallengePayload } from "@/lib/security/challenge-payload";
import { GET } from "@/app/api/challenge/route";
import { solvedChallenge } from "./support/challenge";

const reencode = (value: unknown) => btoa(JSON.stringify(value));

describe("proof-of-work challenge", () => {
  it("accepts a solved challenge once, then refuses the replay", async () => {
    const payload = await solvedChallenge();
    expect(await checkChallenge(payload)).toBe(true);
    expect(await checkChallenge(payload)).toBe(false);
    const sig = decodeChallengePayload(payload)!.challenge.signature!;
    expect(await db().usedChallenge.count({ where: { signature: sig } })).toBe(1);
  });

  it("refuses an expired solution", async () => {
    const payload = await solvedChallenge({ now: new Date(Date.now() - CHALLENGE_TTL_MS - 60_000) });
    expect(await checkChallenge(payload)).toBe(false);
  });

  it("refuses forged answers and tampered puzzles", async () => {
    const p = decodeChallengePayload(await solvedChallenge())!;
    const wrongKey = { ...p, solution: { ...p.solution, derivedKey: "00".repeat(32) } };
    expect(await checkChallenge(reencode(wrongKey))).toBe(false);
    const easier = { ...p, challenge: { ...p.challenge, parameters: { ...p.challenge.parameters, expiresAt: 4_102_444_800 } } };
    expect(await checkChallenge(reencode(easier))).toBe(false);
    const unsigned = { ...p, challenge: { parameters: p.challenge.parameters, signature: "" } };
    expect(await checkChallenge(reencode(unsigned))).toBe(false);
    // The untouched original is still good (nothing above consumed it).
    expect(await checkChallenge(reencode(p))).toBe(true);
  });

  it("refuses anything that is not a payload", async () => {
    for (const v of [undefined, null, "", "x", 42, {}, "!!!", reencode({ challenge: 1 }), "A".repeat(10_000), reencode([])]) {
      expect(await checkChallenge(v)).toBe(false);
    }
  });

  it("reads OPENSELECT_CHALLENGE_MAX_NUMBER", () => {
    expect(challengeMaxNumber({} as NodeJS.ProcessEnv)).toBe(DEFAULT_CHALLENGE_MAX_NUMBER);
    expect(challengeMaxNumber({ OPENSELECT_CHALLENGE_MAX_NUMBER: "200" } as unknown as NodeJS.ProcessEnv)).toBe(200);
    expect(challengeMaxNumber({ OPENSELECT_CHALLENGE_MAX_NUMBER: "0" } as unknown as NodeJS.ProcessEnv)).toBe(DEFAULT_CHALLENGE_MAX_NUMBER);
  });

  it("GET /api/challenge issues a fresh, uncached challenge", async () => {
    const a = await GET();
    const b = await GET();
    expect(a.headers.get("cache-control")).toContain("no-store");
    const ca = await a.json();
    const cb = await b.json();
    expect(ca.parameters.algorithm).toBe("SHA-256");
    expect(ca.parameters.expiresAt).toBeGreaterThan(Date.now() / 1000);
    expect(ca.signature).not.toEqual(cb.signature);
  });
});
