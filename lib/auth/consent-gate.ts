import "server-only";
import { redirect } from "next/navigation";
import { needsConsent } from "../data/consent";
import type { Actor } from "./actor";

/** Where a signed-in user is asked to agree to the privacy statement in force. */
export const CONSENT_PATH = "/account/consent";

/**
 * The privacy statement changed since this user last agreed (or they never did: accounts made
 * before versions were kept, staff created by an administrator): they are sent to agree first,
 * and brought back to the page afterwards. Called by every signed-in page's guard
 * (lib/auth/page-guards.ts), so one place covers the account pages and the console alike.
 */
export async function requireCurrentConsent(actor: Actor, callbackUrl: string): Promise<void> {
  if (await needsConsent(actor.id)) redirect(`${CONSENT_PATH}?next=${encodeURIComponent(callbackUrl)}`);
}
