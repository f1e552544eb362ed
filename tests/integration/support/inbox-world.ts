// Rows the inbox actions act on, for the action suites (support/action-table.ts): a fresh
// unread message of the caller's own, and the caller's unsubscribe link.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";

/** A new unread message of `owner`'s, linking to /account; its id. */
export async function messageOf(owner: Actor): Promise<string> {
  const n = await db().notification.create({
    data: { userId: owner.id, kind: "account.approved", params: "{}", link: "/account" },
    select: { id: true },
  });
  return n.id;
}

/** The link a mail to `owner` carries for the nomination group's mail. */
export const unsubscribeLinkOf = (owner: Actor) => unsubscribeToken(owner.id, "nomination");
