// Fixtures for staff two-factor sign-in: a staff account with an authenticator already set up
// (its secret known to the test, which plays the person's phone), made with the app's own
// crypto helpers.
import { db } from "@/lib/db/client";
import { encryptField } from "@/lib/security/crypto";
import { newTotpSecret } from "@/lib/security/totp";
import type { World } from "./action-world";

/** Sets up an authenticator for the account: its secret (for totpCode) back. */
export async function enrol(userId: string, at = new Date()): Promise<string> {
  const secret = newTotpSecret();
  await db().user.update({ where: { id: userId }, data: { totpSecret: encryptField(secret), totpEnabledAt: at } });
  return secret;
}

/** A new approved reviewer with an authenticator set up (an administrator may reset it). */
export async function enrolledStaff(w: World): Promise<string> {
  const u = await w.account("APPROVED", "REVIEWER");
  await enrol(u.id);
  return u.id;
}
