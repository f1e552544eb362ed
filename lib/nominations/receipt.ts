// Receipt numbers (回执编号) the nominator keeps: kind letter, Shanghai date, and eight random
// characters from an alphabet without look-alikes (no 0/O, 1/I/L). 31^8 ≈ 8.5·10^11 per day, so a
// clash is astronomically rare; the unique column refuses one anyway and the insert retries.
import { randomInt } from "node:crypto";
import { shanghaiDay } from "../calendar/dates";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function receiptNumber(kind: "TARGETED" | "OPEN", at: Date, random: (n: number) => number = randomInt): string {
  const d = shanghaiDay(at);
  const date = `${d.year}${String(d.month).padStart(2, "0")}${String(d.day).padStart(2, "0")}`;
  let tail = "";
  for (let i = 0; i < 8; i++) tail += ALPHABET[random(ALPHABET.length)];
  return `${kind === "TARGETED" ? "D" : "F"}${date}-${tail}`;
}

export const RECEIPT_PATTERN = /^[DF]\d{8}-[2-9A-HJKMNP-Z]{8}$/;
