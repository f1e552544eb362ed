import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with RFC 9106's memory-constrained profile (64 MiB, 3 passes; one lane, as each
// login runs on one core): measured ~52 ms per hash or verify on the 2-core reference machine —
// costly for offline guessing of a stolen table, unnoticeable at login.
const OPTIONS = {
  algorithm: 2 /* Argon2id (a const enum, not importable under isolatedModules) */,
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// A well-formed hash of a random password: verified against when no account matches, so a
// failed login costs the same time whether or not the account exists.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`dummy-${Math.random()}`);
  return dummy;
}
