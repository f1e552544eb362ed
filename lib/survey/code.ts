import "server-only";
// One-time codes for meeting participants (the meeting-based 一报告两评议): 12 characters of
// Crockford base32 (60 bits from the CSPRNG), printed on slips and grouped in fours. Only a
// keyed hash is stored, so the database cannot say which slip answered; the public form sits
// behind the site's challenge, which with 60 bits makes guessing a code hopeless.
import { randomBytes } from "node:crypto";
import { keyedHash } from "../security/crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;

export function newSurveyCode(): string {
  let code = "";
  for (const b of randomBytes(LENGTH)) code += ALPHABET[b & 31];
  return code.match(/.{4}/g)!.join("-");
}

/** As typed → canonical 12 characters, or null (spaces/dashes ignored; O→0, I/L→1). */
export function normalizeSurveyCode(typed: string): string | null {
  const text = typed
    .toUpperCase()
    .replace(/[\s\-－—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (text.length !== LENGTH) return null;
  for (const ch of text) if (!ALPHABET.includes(ch)) return null;
  return text;
}

export function surveyCodeHash(canonical: string): string {
  return keyedHash(`survey-code:${canonical}`);
}
