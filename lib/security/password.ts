import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's 2024 minimum (19 MiB, 2 passes, 1 lane): ~30–60 ms per hash on this
// class of machine, which bounds online guessing while keeping login latency low.
const OPTIONS = { algorithm: 2 /* Argon2id (a const enum, not importable under isolatedModules) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

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
