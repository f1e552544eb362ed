import { LRUCache } from "lru-cache";
import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/**
 * next-auth's decode, remembering what a session cookie decrypted to. next-auth derives the
 * encryption key from the secret (HKDF) and decrypts the cookie on every request: ~0.45 ms of
 * each signed-in page view, for the same few cookies over and over. A cookie is the same
 * ciphertext for as long as it is not reissued, and it decrypts to the same claims, so the claims
 * are kept by the cookie's text (with the secret and salt it was decrypted with). What decode
 * checks with the clock is checked again on each use: a token past its expiry (with decode's
 * 15 seconds of tolerance) is dropped and decoded afresh, which refuses it. Whether the token
 * still stands for a session (its user, its session version) is not decided here: the caller
 * reads that from the database on every request (checkSessionToken).
 */
const CLOCK_TOLERANCE_S = 15;
const kept = new LRUCache<string, JWT>({ max: 2_000 });

export async function decodeRemembered(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${params.salt ?? ""}\u0000${typeof params.secret === "string" ? params.secret : params.secret.toString("base64")}\u0000${params.token}`;
  const known = kept.get(key);
  if (known && stillValid(known)) return { ...known };
  kept.delete(key);
  const token = await decode(params);
  if (token && stillValid(token)) kept.set(key, { ...token });
  return token;
}

function stillValid(token: JWT): boolean {
  const now = Date.now() / 1000;
  const { exp, nbf } = token as { exp?: unknown; nbf?: unknown };
  if (typeof exp !== "number" || exp + CLOCK_TOLERANCE_S <= now) return false;
  return typeof nbf !== "number" || nbf - CLOCK_TOLERANCE_S <= now;
}
