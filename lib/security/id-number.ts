// 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence
// (odd = male), 1 check character computed with ISO 7064 MOD 11-2 (X stands for 10).

export type IdNumberError = "length" | "format" | "legacy15" | "checksum" | "birthDate" | "future";

export type IdNumberResult = { ok: true; value: string; birthDate: Date; gender: "M" | "F" } | { ok: false; error: IdNumberError };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Normalizes (trim, full-width digits, lowercase x) and validates an ID number. */
export function parseIdNumber(input: string, now: Date = new Date()): IdNumberResult {
  const value = input
    .trim()
    .replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
  if (/^\d{15}$/.test(value)) return { ok: false, error: "legacy15" };
  if (value.length !== 18) return { ok: false, error: "length" };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: "format" };

  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birthDate = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birthDate.getUTCFullYear() !== y || birthDate.getUTCMonth() !== m - 1 || birthDate.getUTCDate() !== d) {
    return { ok: false, error: "birthDate" };
  }
  if (birthDate.getTime() > now.getTime()) return { ok: false, error: "future" };
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return { ok: false, error: "checksum" };

  const gender = Number(value[16]) % 2 === 1 ? "M" : "F";
  return { ok: true, value, birthDate, gender };
}

/** 330902**********1X — region code and the last two characters only. */
export function maskIdNumber(value: string): string {
  return value.slice(0, 6) + "*".repeat(Math.max(0, value.length - 8)) + value.slice(-2);
}

export function looksLikeIdNumber(input: string): boolean {
  return /^\d{17}[\dXx]$/.test(input.trim());
}
