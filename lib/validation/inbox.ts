// Inputs of the inbox, the notification preferences and the unsubscribe page.
import { z } from "zod";
import { LOCALES, type Locale } from "../../i18n/config";
import { E, recordId } from "./common";

/** The inbox's views: every message, only unread ones, only read ones. */
export const INBOX_FILTERS = ["all", "unread", "read"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

/** Whatever the query string held: anything but a known filter is "all". */
export function inboxFilter(value: unknown): InboxFilter {
  return (INBOX_FILTERS as readonly unknown[]).includes(value) ? (value as InboxFilter) : "all";
}

/** The page the inbox's forms go back to: the same filter and page (garbage reads as page 1 of all). */
const inboxPlace = {
  filter: z.unknown().optional().transform(inboxFilter),
  page: z
    .unknown()
    .optional()
    .transform((v) => (typeof v === "string" && /^[1-9]\d{0,4}$/.test(v) ? Number(v) : 1)),
};

export const messageInput = z.object({ id: recordId, ...inboxPlace });
/** 全部标为已读: up to the newest message the page showed. */
export const markAllInput = z.object({ upTo: recordId, ...inboxPlace });

/** The inbox's address for a filter and page (the forms' way back). */
export function inboxPath(filter: InboxFilter, page: number): string {
  const q = new URLSearchParams();
  if (filter !== "all") q.set("filter", filter);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/account/messages?${s}` : "/account/messages";
}

/**
 * A checkbox that is ticked ("on") or not sent at all (a browser sends nothing for an unticked
 * box). Anything else — "off", "false", markup — is not what a form sends, and is refused.
 */
const tick = z
  .enum(["on", ""], E.invalid)
  .optional()
  .transform((v) => v === "on");

/** An hour of the day, 0–23 (北京时间), written in plain digits. */
const hour = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string(E.invalid)
    .regex(/^(?:[01]?\d|2[0-3])$/, E.invalid)
    .transform(Number)
    .optional(),
);

export const preferencesInput = z.object({
  mailAccount: tick,
  mailNomination: tick,
  mailVacancy: tick,
  mailCase: tick,
  mailTraining: tick,
  mailDigest: tick,
  locale: z.enum(LOCALES as unknown as [Locale, ...Locale[]], E.invalid),
  digestHour: hour,
});
export type PreferencesInput = z.infer<typeof preferencesInput>;

/** An unsubscribe token as mails carry it: body "~" signature, base64url (the signature is checked later). */
export const unsubscribeInput = z.object({
  token: z.string(E.invalid).regex(/^[A-Za-z0-9_-]{4,400}[~.][A-Za-z0-9_-]{43}$/, E.invalid),
});
