// The plain-JavaScript SHA-256 that solves challenges on pages without Web Crypto must compute
// exactly what the server (node:crypto) computes.
import { createHash, randomBytes } from "node:crypto";
import { createChallenge, solveChallenge, verifySolution } from "altcha-lib";
import { deriveKey as nodeDeriveKey } from "altcha-lib/algorithms/sha";
import { sha256 } from "@/lib/security/sha256";
import { plainDeriveKey } from "@/lib/security/challenge-solver";

describe("sha256 (plain JavaScript)", () => {
  it("matches node:crypto for lengths around every padding boundary", () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 200, 1000]) {
      const data = randomBytes(n);
      expect(Buffer.from(sha256(new Uint8Array(data))).toString("hex")).toBe(createHash("sha256").update(data).digest("hex"));
    }
    expect(Buffer.from(sha256(new TextEncoder().encode("abc"))).toString("hex")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

describe("plainDeriveKey", () => {
  it("derives the same keys as the server, and its solutions verify", async () => {
    const params = { algorithm: "SHA-256", nonce: "", salt: "", cost: 3, keyLength: 32, keyPrefix: "00" };
    const salt = new Uint8Array(randomBytes(16));
    const password = new Uint8Array(randomBytes(20));
    expect((await plainDeriveKey(params, salt, password)).derivedKey).toEqual((await nodeDeriveKey(params, salt, password)).derivedKey);

    const challenge = await createChallenge({
      algorithm: "SHA-256",
      cost: 1,
      counter: 500,
      deriveKey: nodeDeriveKey,
      hmacSignatureSecret: "s",
      hmacKeySignatureSecret: "k",
    });
    const solution = (await solveChallenge({ challenge, deriveKey: plainDeriveKey }))!;
    expect(solution.counter).toBe(500);
    const result = await verifySolution({
      challenge,
      solution,
      deriveKey: nodeDeriveKey,
      hmacSignatureSecret: "s",
      hmacKeySignatureSecret: "k",
    });
    expect(result.verified).toBe(true);
  });
});
