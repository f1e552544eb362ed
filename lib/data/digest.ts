import "server-only";
// The staff's daily digest by email, instead of one mail per event: for each approved reviewer
// and administrator with an email address (and the digest's mail not turned off), once per
// Beijing day from their digest hour on: registrations awaiting review and how long the oldest
// has waited, new nominations per vacancy since their last digest, and what is past its time
// limit. Counts and public post names only: who nominated whom stays in the console. Nothing to
// say, no mail. Once per day across instances: the JobMark digest:<userId>:<day>, claimed in
// the transaction that writes the mail.
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { shanghaiToday } from "../calendar/dates";
import { isReviewOverdue } from "../calendar/review-target";
import { reviewTargetDays } from "../env/settings";
import { KEY_HOLDING_STATUSES, type NominationStatus } from "../state/nomination";
import { digestHasNews, renderDigestMail, type DigestContent, type DigestVacancyLine } from "../notifications/mail";
import { DEFAULT_DIGEST_HOUR } from "../notifications/preferences";
import { asLocale } from "../notifications/render";
import { unsubscribeToken } from "../notifications/unsubscribe-token";
import { loadWorkCalendar } from "./holidays";
import { claimMarks, forEachItem } from "./job-marks";
import { vacancyName } from "./nominations";
import { caseDigestCounts } from "./cases/digest-counts";
import { pendingRegistrationWaits } from "./registration-waits";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const KEY_HOLDING = KEY_HOLDING_STATUSES as NominationStatus[];
/** A previous digest older than this does not start the window of new nominations. */
const SINCE_LIMIT_DAYS = 7;
/** Vacancies listed by name in one section; the rest are counted. */
const MAX_LINES = 20;

const digestKey = (userId: string, day: string) => `digest:${userId}:${day}`;

/** The hour of the day in Beijing (UTC+8 all year). */
export function beijingHour(at: Date): number {
  return new Date(at.getTime() + 8 * HOUR_MS).getUTCHours();
}

/** The queues every staff member shares (the same for all of one run). */
type Queues = Pick<
  DigestContent,
  "reviewDays" | "pendingRegistrations" | "oldestWaitingDays" | "overdueRegistrations" | "overdueVacancies"
>;

async function gatherQueues(now: Date): Promise<Queues> {
  const reviewDays = reviewTargetDays();
  const today = shanghaiToday(now);
  const cal = await loadWorkCalendar();
  const overdue = (since: Date) => isReviewOverdue(cal, shanghaiToday(since), reviewDays, today);

  // Registrations: waiting since they were (re)submitted (registration-waits.ts, one rule for
  // the digest and the console).
  const waitingSince = (await pendingRegistrationWaits()).map((w) => w.since);
  const oldest = waitingSince.reduce<Date | null>((m, d) => (m === null || d < m ? d : m), null);

  // Closed vacancies (window over, not yet in 公示) with nominations still undecided past the target.
  const undecided = await db().nomination.groupBy({
    by: ["vacancyId"],
    where: { status: "SUBMITTED", kind: "TARGETED", vacancy: { status: "PUBLISHED", closesAt: { lte: now } } },
    _count: { _all: true },
  });
  const vacancies = undecided.length
    ? await db().vacancy.findMany({
        where: { id: { in: undecided.map((u) => u.vacancyId!) } },
        select: { id: true, post: true, unit: true, closesAt: true },
      })
    : [];
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const overdueVacancies = undecided
    .map((u) => ({ v: byId.get(u.vacancyId!)!, count: u._count._all }))
    .filter(({ v }) => v && overdue(v.closesAt))
    .sort((a, b) => a.v.closesAt.getTime() - b.v.closesAt.getTime())
    .slice(0, MAX_LINES)
    .map(({ v, count }) => ({ vacancyId: v.id, name: vacancyName(v), count }));

  return {
    reviewDays,
    pendingRegistrations: waitingSince.length,
    oldestWaitingDays: oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / DAY_MS)) : 0,
    overdueRegistrations: waitingSince.filter(overdue).length,
    overdueVacancies,
  };
}

/** New nominations that still count, submitted in [since, now): per vacancy, and the non-targeted ones. */
async function newNominations(tx: Tx, since: Date, now: Date) {
  const groups = await tx.nomination.groupBy({
    by: ["vacancyId"],
    where: { submittedAt: { gte: since, lt: now }, status: { in: KEY_HOLDING } },
    _count: { _all: true },
  });
  const open = groups.find((g) => g.vacancyId === null)?._count._all ?? 0;
  const targeted = groups.filter((g) => g.vacancyId !== null).sort((a, b) => b._count._all - a._count._all);
  const listed = targeted.slice(0, MAX_LINES);
  const vacancies = listed.length
    ? await tx.vacancy.findMany({ where: { id: { in: listed.map((g) => g.vacancyId!) } }, select: { id: true, post: true, unit: true } })
    : [];
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const lines: DigestVacancyLine[] = listed
    .filter((g) => byId.has(g.vacancyId!))
    .map((g) => ({ vacancyId: g.vacancyId!, name: vacancyName(byId.get(g.vacancyId!)!), count: g._count._all }));
  return { lines, more: targeted.length - listed.length, open };
}

/**
 * The digest job: writes the digest mail of every staff member whose hour has come today and
 * who has not had today's yet. Returns how many mails it wrote.
 */
export async function sendDueDigests(now: Date): Promise<number> {
  const today = shanghaiToday(now);
  const hour = beijingHour(now);
  const staff = await db().user.findMany({
    where: { role: { in: ["REVIEWER", "ADMIN"] }, status: "APPROVED", email: { not: null } },
    select: { id: true, realName: true, email: true, locale: true, digestHour: true },
  });
  const due = staff.filter((s) => hour >= (s.digestHour ?? DEFAULT_DIGEST_HOUR));
  if (due.length === 0) return 0;
  const [off, done] = await Promise.all([
    db().notificationPreference.findMany({
      where: { group: "digest", email: false, userId: { in: due.map((s) => s.id) } },
      select: { userId: true },
    }),
    db().jobMark.findMany({ where: { key: { in: due.map((s) => digestKey(s.id, today)) } }, select: { key: true } }),
  ]);
  const skip = new Set([...off.map((p) => p.userId), ...done.map((m) => m.key.split(":")[1])]);
  const todo = due.filter((s) => !skip.has(s.id));
  if (todo.length === 0) return 0;

  const queues = await gatherQueues(now);
  return forEachItem(todo, (s) =>
    transaction(async (tx) => {
      // The previous digest's time starts this one's window of new nominations; without one
      // (or one from long ago), the last day.
      const previous = await tx.jobMark.findFirst({
        where: { key: { startsWith: `digest:${s.id}:` }, createdAt: { lt: now } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      });
      const key = digestKey(s.id, today);
      if (!(await claimMarks(tx, [key], now)).has(key)) return false;
      const since =
        previous && previous.createdAt.getTime() >= now.getTime() - SINCE_LIMIT_DAYS * DAY_MS
          ? previous.createdAt
          : new Date(now.getTime() - DAY_MS);
      const news = await newNominations(tx, since, now);
      // 来信来访: counts only, and none about the reader.
      const cases = await caseDigestCounts(tx, s, since, now);
      const content: DigestContent = {
        day: today,
        at: now,
        since,
        ...queues,
        newNominations: news.lines,
        moreVacancies: news.more,
        newOpenNominations: news.open,
        ...cases,
      };
      // Nothing to say: the day's mark stays (the day is done), and no mail.
      if (!digestHasNews(content)) return false;
      const mail = renderDigestMail(asLocale(s.locale), content, { unsubscribePath: `/unsubscribe/${unsubscribeToken(s.id, "digest")}` });
      const at = new Date();
      await tx.mailMessage.create({
        data: { userId: s.id, kind: "digest", toAddress: s.email!, ...mail, nextAttemptAt: at, createdAt: at },
        select: { id: true },
      });
      return true;
    }),
  );
}
