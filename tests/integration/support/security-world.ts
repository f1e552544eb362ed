// Fresh one-time resets for the action table (each call of a reset action spends one): a mailed
// link's token, or a reviewer's code with its account's phone, written as the data layer writes them.
import { db } from "@/lib/db/client";
import { keyedHash } from "@/lib/security/crypto";
import { newLinkToken, newStaffCode, resetExpiry, secretHashInput, type ResetKind } from "@/lib/security/reset-token";
import { freshIdNumber, freshPhone } from "./action-world";
import { makeUser } from "./users";

async function freshReset(kind: ResetKind, secret: string) {
  const u = await makeUser({ realName: "重置用户", idNumber: freshIdNumber(), phone: freshPhone() });
  const now = new Date();
  await db().passwordReset.create({
    data: { userId: u.id, kind, tokenHash: keyedHash(secretHashInput(kind, secret)), expiresAt: resetExpiry(kind, now), createdAt: now },
  });
  return u;
}

/** A usable mailed link's token (its account is new). */
export async function freshResetLink(): Promise<string> {
  const token = newLinkToken();
  await freshReset("EMAIL", token);
  return token;
}

/** A usable reviewer's code and the phone of its account. */
export async function freshResetCode(): Promise<{ phone: string; code: string }> {
  const code = newStaffCode();
  const u = await freshReset("STAFF", code);
  return { phone: u.phone, code };
}
