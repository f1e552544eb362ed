import { randomBytes } from "node:crypto";
import { decryptField, encryptField, keyedHash } from "@/lib/security/crypto";

const key = randomBytes(32);
const hashKey = randomBytes(32);

describe("field encryption (AES-256-GCM)", () => {
  it("round-trips and never stores the plain text", () => {
    const plain = "33090219831108001X";
    const stored = encryptField(plain, key);
    expect(stored).not.toContain(plain);
    expect(stored.startsWith("v1:")).toBe(true);
    expect(decryptField(stored, key)).toBe(plain);
  });

  it("uses a fresh IV: the same value encrypts differently each time", () => {
    expect(encryptField("x", key)).not.toBe(encryptField("x", key));
  });

  it("detects tampering and the wrong key", () => {
    const stored = encryptField("secret", key);
    const raw = Buffer.from(stored.slice(3), "base64");
    raw[raw.length - 1] ^= 1;
    expect(() => decryptField("v1:" + raw.toString("base64"), key)).toThrow();
    expect(() => decryptField(stored, randomBytes(32))).toThrow();
  });

  it("keyed hash is stable for one key and differs between keys", () => {
    expect(keyedHash("a", hashKey)).toBe(keyedHash("a", hashKey));
    expect(keyedHash("a", hashKey)).not.toBe(keyedHash("a", randomBytes(32)));
    expect(keyedHash("a", hashKey)).toMatch(/^[0-9a-f]{64}$/);
  });
});
