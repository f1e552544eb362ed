// Who may choose what about their notifications. Pure, so the page, the data layer and the
// tests share one rule. The inbox always gets every message; mail is on unless turned off per
// group, and only for an account with an email address. The daily digest is for staff only.
import { isStaff } from "../auth/actor";
import { NOTIFICATION_GROUPS, type NotificationGroup } from "./kinds";

/** The digest hour (北京时间) of staff who have not chosen one. */
export const DEFAULT_DIGEST_HOUR = 8;

/** The groups whose mail this person can turn on or off (the digest: staff only). */
export function groupsFor(who: { role?: string; status?: string }): NotificationGroup[] {
  return NOTIFICATION_GROUPS.filter((g) => g !== "digest" || isStaff(who));
}

/**
 * A message's link as the inbox may follow it: a path on this site only. Links are written by
 * the platform itself, so this is a second lock: never "//host", "/\\host" or a full URL.
 */
export function inboxLink(link: string | null | undefined): string | null {
  if (!link || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) return null;
  return /[\u0000-\u001F\u007F]/.test(link) ? null : link;
}
