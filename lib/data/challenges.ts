import "server-only";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/tx";

/**
 * Records a solved challenge as used. False when it was used before (its signature is the
 * primary key, so two instances racing on one solution cannot both accept it). Expired
 * records are trimmed here: after expiry the challenge itself is refused anyway.
 */
export async function consumeChallenge(signature: string, expiresAt: Date, now = new Date()): Promise<boolean> {
  try {
    await db().usedChallenge.create({ data: { signature, expiresAt } });
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
  await db().usedChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return true;
}
