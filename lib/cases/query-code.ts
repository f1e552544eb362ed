import "server-only";
// The 查询码 an anonymous writer follows a case with: 16 characters of Crockford base32, 80 bits
// from the system's CSPRNG, shown once and grouped in fours (e.g. "7K2M-Q9XD-4HFA-WZ3P"). Only
// its keyed hash is stored, so neither the database nor a backup can be used to open a case.
// Lookups are rate limited (lib/data/cases/), which with 80 bits makes guessing hopeless.
import { randomBytes } from "node:crypto";
import { keyedHash } from "../security/crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
export const QUERY_CODE_BITS = 80;
const LENGTH = QUERY_CODE_BITS / 5;

/** A new 查询码, grouped for reading aloud and copying. */
export function newQueryCode(): string {
  const bytes = randomBytes(LENGTH);
  let code = "";
  // 256 is a multiple of 32, so taking 5 bits of each byte is uniform.
  for (const b of bytes) code += ALPHABET[b & 31];
  return code.match(/.{4}/g)!.join("-");
}

/**
 * The code as typed → its canonical 16 characters, or null when it cannot be one: spaces and
 * dashes ignored, lower case accepted, and the look-alikes Crockford allows (O→0, I/L→1).
 */
export function normalizeQueryCode(typed: string): string | null {
  const text = typed
    .toUpperCase()
    .replace(/[\s\-－—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (text.length !== LENGTH) return null;
  for (const ch of text) if (!ALPHABET.includes(ch)) return null;
  return text;
}

/** What is stored for a code: a keyed hash of its canonical form. */
export function queryCodeHash(canonical: string): string {
  return keyedHash(`case-query-code:${canonical}`);
}
