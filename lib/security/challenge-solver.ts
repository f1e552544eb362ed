// How the browser computes a challenge's keys (components/ui/challenge-field.tsx): altcha-lib's
// Web Crypto implementation where the page has Web Crypto, and the same computation on the
// plain-JavaScript SHA-256 where it has not (plain http from a host other than localhost).
import type { ChallengeParameters, DeriveKeyFunction } from "altcha-lib/types";
import { deriveKey as webCryptoDeriveKey } from "altcha-lib/algorithms/web/sha";
import { sha256 } from "./sha256";

/** altcha-lib's SHA-256 key derivation: hash(salt ‖ password), hashed again `cost` − 1 times. */
export const plainDeriveKey: DeriveKeyFunction = async (parameters: ChallengeParameters, salt: Uint8Array, password: Uint8Array) => {
  if (parameters.algorithm !== "SHA-256") throw new Error(`unsupported algorithm ${parameters.algorithm}`);
  let key = new Uint8Array(salt.length + password.length);
  key.set(salt);
  key.set(password, salt.length);
  for (let i = 0; i < Math.max(1, parameters.cost); i++) key = sha256(key) as Uint8Array<ArrayBuffer>;
  return { parameters: {}, derivedKey: key.slice(0, parameters.keyLength ?? 32) };
};

export function browserDeriveKey(): DeriveKeyFunction {
  return globalThis.crypto?.subtle ? webCryptoDeriveKey : plainDeriveKey;
}
