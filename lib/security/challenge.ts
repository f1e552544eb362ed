import "server-only";
// The self-hosted proof-of-work challenge (ALTCHA, altcha-lib): asked of sign-ins past the
// failure thresholds and of public forms (registration, later reports). No third-party service:
// the server issues a signed puzzle, the browser finds the counter that produces its key
// (components/ui/challenge-field.tsx), and the server checks the answer with two HMACs.
//
// A challenge is a random counter in [0, OPENSELECT_CHALLENGE_MAX_NUMBER]; the browser tries
// counters from 0, so a solve costs about half that many SHA-256 hashes on average (about a
// second or two on a phone at the default). Solutions expire after CHALLENGE_TTL_MS and are
// accepted once: the signature is recorded (lib/data/challenges.ts) and a second use is refused.
import { hkdfSync, randomInt } from "node:crypto";
import { createChallenge, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { consumeChallenge } from "../data/challenges";
import { getSecrets } from "../env/secrets";
import { decodeChallengePayload } from "./challenge-payload";

export const CHALLENGE_TTL_MS = 10 * 60 * 1000;
export const DEFAULT_CHALLENGE_MAX_NUMBER = 50_000;
const ALGORITHM = "SHA-256";

/** OPENSELECT_CHALLENGE_MAX_NUMBER: the puzzle's size (tests use a small one). */
export function challengeMaxNumber(env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env.OPENSELECT_CHALLENGE_MAX_NUMBER ?? "").trim();
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  return n >= 1 ? n : DEFAULT_CHALLENGE_MAX_NUMBER;
}

// Two keys derived from the deployment's HMAC secret (OPENSELECT_HASH_KEY) rather than a new
// variable to configure: one signs the puzzle's parameters, one the expected key.
function keys(): { signature: string; keySignature: string } {
  const derive = (label: string) => Buffer.from(hkdfSync("sha256", getSecrets().hashKey, "openselect", label, 32)).toString("hex");
  return { signature: derive("challenge-signature"), keySignature: derive("challenge-key-signature") };
}

/** A new signed challenge for a browser to solve. */
export async function issueChallenge(opts: { maxNumber?: number; now?: Date } = {}): Promise<Challenge> {
  const k = keys();
  const now = opts.now ?? new Date();
  return createChallenge({
    algorithm: ALGORITHM,
    cost: 1,
    counter: randomInt(0, (opts.maxNumber ?? challengeMaxNumber()) + 1),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    hmacSignatureSecret: k.signature,
    hmacKeySignatureSecret: k.keySignature,
  });
}

/**
 * True only for a solution of a challenge this server issued, not expired and not used
 * before; it is then recorded as used. Anything else (missing, malformed, forged, expired,
 * replayed) is false. Database failures propagate as errors.
 */
export async function checkChallenge(payload: unknown): Promise<boolean> {
  const decoded = decodeChallengePayload(payload);
  if (!decoded) return false;
  const { challenge, solution } = decoded;
  if (challenge.parameters.algorithm !== ALGORITHM || typeof challenge.parameters.expiresAt !== "number") return false;
  const k = keys();
  let verified = false;
  try {
    const result = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: k.signature,
      hmacKeySignatureSecret: k.keySignature,
    });
    verified = result.verified;
  } catch {
    return false; // malformed parameters (odd hex, bad counter…)
  }
  if (!verified) return false;
  return consumeChallenge(challenge.signature!, new Date(challenge.parameters.expiresAt * 1000));
}
