import "server-only";
// The caller's own inbox (消息) and notification preferences, and unsubscribing from a mail's
// link without signing in. Every read and write here is scoped to the caller: another user's
// message id reads as not found, exactly like an id that does not exist.
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { isStaff, requireUser, type Actor } from "../auth/actor";
import type { NotificationGroup } from "../notifications/kinds";
import { DEFAULT_DIGEST_HOUR, groupsFor, inboxLink } from "../notifications/preferences";
import { asLocale, parseParams, renderNotification, type MailLocale } from "../notifications/render";
import { readUnsubscribeToken } from "../notifications/unsubscribe-token";
import type { InboxFilter, PreferencesInput } from "../validation/inbox";
import { DomainError, NotFoundError } from "./errors";
import { pageWindow, paged, type Paged } from "./paging";

export const INBOX_PAGE_SIZE = 20;

/** One message as the inbox shows it, in the page's language. */
export interface InboxMessage {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** Where the user acts on it (a path on this site), if anywhere. */
  link: string | null;
  read: boolean;
  createdAt: Date;
}

type Row = { id: string; kind: string; params: string; link: string | null; readAt: Date | null; createdAt: Date };
const ROW = { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true } as const;

function toMessage(locale: MailLocale, n: Row): InboxMessage {
  return {
    id: n.id,
    kind: n.kind,
    ...renderNotification(locale, n.kind, parseParams(n.params)),
    link: inboxLink(n.link),
    read: n.readAt !== null,
    createdAt: n.createdAt,
  };
}

const readWhere = (filter: InboxFilter) => (filter === "unread" ? { readAt: null } : filter === "read" ? { readAt: { not: null } } : {});

// Newest first; the id breaks ties so that paging never shows a message twice or skips one.
const NEWEST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/**
 * A page of the caller's inbox, newest first, with the unread count for the header and the
 * tabs, and the newest message's id (全部标为已读 marks up to it: nothing that arrives after the
 * page was shown).
 */
export async function listInbox(
  actor: Actor | null,
  locale: string,
  query: { page?: unknown; filter: InboxFilter },
): Promise<Paged<InboxMessage> & { filter: InboxFilter; unread: number; newestId: string | null }> {
  const a = requireUser(actor);
  const w = pageWindow(query.page, INBOX_PAGE_SIZE);
  const where = { userId: a.id, ...readWhere(query.filter) };
  const [total, unread, rows, newest] = await Promise.all([
    db().notification.count({ where }),
    unreadCount(a),
    db().notification.findMany({ where, select: ROW, orderBy: NEWEST, skip: w.skip, take: w.take }),
    db().notification.findFirst({ where: { userId: a.id }, select: { id: true }, orderBy: NEWEST }),
  ]);
  const lang = asLocale(locale);
  return {
    ...paged(
      rows.map((n) => toMessage(lang, n)),
      total,
      w,
    ),
    filter: query.filter,
    unread,
    newestId: newest?.id ?? null,
  };
}

/** The newest few messages (the account page's 最新消息 box). */
export async function latestMessages(actor: Actor | null, locale: string, take = 5): Promise<{ rows: InboxMessage[]; unread: number }> {
  const a = requireUser(actor);
  const [rows, unread] = await Promise.all([
    db().notification.findMany({ where: { userId: a.id }, select: ROW, orderBy: NEWEST, take }),
    unreadCount(a),
  ]);
  const lang = asLocale(locale);
  return { rows: rows.map((n) => toMessage(lang, n)), unread };
}

/** The caller's unread messages: one count over the [userId, readAt] index (the header asks on every page). */
export async function unreadCount(actor: Actor | null): Promise<number> {
  const a = requireUser(actor);
  return db().notification.count({ where: { userId: a.id, readAt: null } });
}

/** Marks one of the caller's own messages read and answers where it links to. */
export async function markRead(actor: Actor | null, id: string, now: Date = new Date()): Promise<{ link: string | null }> {
  const a = requireUser(actor);
  const n = await db().notification.findFirst({ where: { id, userId: a.id }, select: { link: true, readAt: true } });
  if (!n) throw new NotFoundError();
  // Conditional: the first time it was read is kept.
  if (!n.readAt) await db().notification.updateMany({ where: { id, userId: a.id, readAt: null }, data: { readAt: now } });
  return { link: inboxLink(n.link) };
}

/**
 * 全部标为已读: marks the caller's unread messages read, up to and including `upToId` (the
 * newest one when the page was shown): a message that arrived since stays unread, unseen.
 * Answers how many. Someone else's id reads as not found.
 */
export async function markAllRead(actor: Actor | null, upToId: string, now: Date = new Date()): Promise<number> {
  const a = requireUser(actor);
  const upTo = await db().notification.findFirst({ where: { id: upToId, userId: a.id }, select: { createdAt: true } });
  if (!upTo) throw new NotFoundError();
  const { count } = await db().notification.updateMany({
    where: { userId: a.id, readAt: null, createdAt: { lte: upTo.createdAt } },
    data: { readAt: now },
  });
  return count;
}

// ——— Preferences ———

export interface Preferences {
  /** Where mail goes. Without an address, messages are in-app only. */
  email: string | null;
  /** The groups this person may receive, each with whether mail is on. */
  mail: { group: NotificationGroup; on: boolean }[];
  /** The language of their mail (and of the words stored for later mails). */
  locale: MailLocale;
  /** Staff only: the hour of their daily digest (北京时间); null for others. */
  digestHour: number | null;
}

export async function getPreferences(actor: Actor | null): Promise<Preferences> {
  const a = requireUser(actor);
  const [user, off] = await Promise.all([
    db().user.findUnique({ where: { id: a.id }, select: { email: true, locale: true, digestHour: true, role: true, status: true } }),
    db().notificationPreference.findMany({ where: { userId: a.id, email: false }, select: { group: true } }),
  ]);
  if (!user) throw new NotFoundError();
  const offGroups = new Set(off.map((p) => p.group));
  return {
    email: user.email,
    mail: groupsFor(user).map((group) => ({ group, on: !offGroups.has(group) })),
    locale: asLocale(user.locale),
    digestHour: isStaff(user) ? (user.digestHour ?? DEFAULT_DIGEST_HOUR) : null,
  };
}

const MAIL_FIELD = {
  account: "mailAccount",
  nomination: "mailNomination",
  vacancy: "mailVacancy",
  case: "mailCase",
  training: "mailTraining",
  digest: "mailDigest",
} as const satisfies Record<NotificationGroup, keyof PreferencesInput>;

/**
 * Saves the caller's choices: mail on or off per group (only with an email address: without
 * one there is nothing to turn on), the language of their mail, and for staff the digest hour.
 * Groups the caller cannot receive (the digest, for a nominator) are left as they are.
 */
export async function savePreferences(actor: Actor | null, input: PreferencesInput): Promise<void> {
  const a = requireUser(actor);
  await transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: a.id }, select: { email: true, role: true, status: true } });
    if (!user) throw new NotFoundError();
    const staff = isStaff(user);
    await tx.user.update({
      where: { id: a.id },
      data: { locale: input.locale, ...(staff && input.digestHour !== undefined ? { digestHour: input.digestHour } : {}) },
    });
    if (!user.email) return;
    for (const group of groupsFor(user)) {
      const email = input[MAIL_FIELD[group]];
      await tx.notificationPreference.upsert({
        where: { userId_group: { userId: a.id, group } },
        create: { userId: a.id, group, email },
        update: { email },
      });
    }
  });
}

/** The language of the caller's mail, as chosen with the site's language switch. */
export async function setMailLocale(actor: Actor | null, locale: string): Promise<void> {
  const a = requireUser(actor);
  await db().user.updateMany({ where: { id: a.id }, data: { locale: asLocale(locale) } });
}

// ——— Unsubscribing from a mail's link (no sign-in) ———

/** What an unsubscribe link stands for: its group and whether that mail is off already; null for a bad link. */
export async function unsubscribeTarget(token: string): Promise<{ group: NotificationGroup; off: boolean } | null> {
  const t = readUnsubscribeToken(token);
  if (!t) return null;
  const [user, pref] = await Promise.all([
    db().user.findUnique({ where: { id: t.userId }, select: { id: true } }),
    db().notificationPreference.findUnique({ where: { userId_group: { userId: t.userId, group: t.group } }, select: { email: true } }),
  ]);
  if (!user) return null;
  return { group: t.group, off: pref?.email === false };
}

/**
 * Turns off the mail of the link's group for the user it was sent to. It only ever turns mail
 * off, so holding the link is enough; a forged or altered token is refused.
 */
export async function unsubscribe(token: string): Promise<{ group: NotificationGroup }> {
  const t = readUnsubscribeToken(token);
  if (!t) throw new DomainError("inbox.unsubscribe.invalid");
  await transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: t.userId }, select: { id: true } });
    if (!user) throw new DomainError("inbox.unsubscribe.invalid");
    await tx.notificationPreference.upsert({
      where: { userId_group: { userId: t.userId, group: t.group } },
      create: { userId: t.userId, group: t.group, email: false },
      update: { email: false },
    });
  });
  return { group: t.group };
}
