import "server-only";
// Ids for rows written with plain statements ($executeRaw), where Prisma's @default(cuid()) does
// not run. The same shape as Prisma's cuid (version 1): "c", the time in base 36, a counter, a
// process fingerprint and randomness, 25 characters of [0-9a-z]. Rows written either way sort
// and look alike, and every id check (lib/validation/common.ts recordId) accepts them.
import { randomInt } from "node:crypto";
import { hostname } from "node:os";

const BLOCK = 4;
const SPACE = 36 ** BLOCK;

const block = (n: number, size = BLOCK) => n.toString(36).padStart(size, "0").slice(-size);

const fingerprint = (() => {
  const host = hostname();
  let sum = host.length + 36;
  for (const ch of host) sum += ch.charCodeAt(0);
  return block(process.pid, 2) + block(sum, 2);
})();

let counter = randomInt(SPACE);

/** A new collision-resistant id in Prisma's cuid format. */
export function newId(): string {
  counter = (counter + 1) % SPACE;
  return `c${Date.now().toString(36)}${block(counter)}${fingerprint}${block(randomInt(SPACE))}${block(randomInt(SPACE))}`;
}
