// The form value a solved proof-of-work challenge travels in (the hidden `altcha` field):
// base64 of JSON { challenge, solution }, the format of ALTCHA's own widget. Shared by the
// browser (components/ui/challenge-field.tsx), the server (./challenge.ts) and the tests.
import type { Challenge, Solution } from "altcha-lib/types";

export const CHALLENGE_FIELD = "altcha";

export interface ChallengePayload {
  challenge: Challenge;
  solution: Solution;
}

export function encodeChallengePayload(challenge: Challenge, solution: Solution): string {
  const json = JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution });
  // The JSON is hex, digits and key names only, so btoa's Latin-1 limit never applies.
  return btoa(json);
}

const HEX = /^[0-9a-f]+$/;

/** The payload's parts, or null when the value is not one (any shape, any size). */
export function decodeChallengePayload(value: unknown): ChallengePayload | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 4096) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(atob(value));
  } catch {
    return null;
  }
  const p = parsed as Partial<ChallengePayload> | null;
  const params = p?.challenge?.parameters;
  const solution = p?.solution;
  if (!params || typeof params !== "object" || typeof p?.challenge?.signature !== "string" || !HEX.test(p.challenge.signature)) return null;
  if (!solution || typeof solution.counter !== "number" || typeof solution.derivedKey !== "string") return null;
  return {
    challenge: { parameters: params, signature: p.challenge.signature },
    solution: { counter: solution.counter, derivedKey: solution.derivedKey },
  };
}
