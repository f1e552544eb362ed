import "server-only";
// The public boards' reads, cached across requests and invalidated by tag when staff change
// content. The public pages themselves are cached too (rendered once per language, see
// app/[locale]/layout.tsx): a page's cache entry carries the tags of the reads it made, so the
// same invalidation renders it again. Filtered lists, search, feeds and the sitemap are
// rendered per request and use these cached reads directly.
//
// - Each cached read names, as tags, every board whose content it shows (a vacancy page also
//   lists its notices and appointments), and the console actions call invalidateBoards() for
//   the boards a change touches, which expires those entries at once (updateTag: the reviewer
//   sees the change on the next request).
// - The cache lives in each app instance's memory (lib/cache/cache-handler.mjs). With several
//   instances behind a load balancer, invalidateBoards() also raises the boards' versions in the
//   database and every instance polls them (lib/cache/board-version-poller.ts), so the others
//   show a change within about a second. Entries also expire after REVALIDATE_SECONDS, which
//   bounds any staleness should polling fail.
// - unstable_cache stores JSON; dates are encoded on the way in and revived on the way out,
//   so callers get the same types as from the uncached functions in lib/data/*.ts.
// - Reads whose answer depends on the clock take the minute (or the Beijing day) as an
//   argument, so it is part of the cache key.
import { cache } from "react";
import { unstable_cache, updateTag } from "next/cache";
import { shanghaiToday } from "../calendar/dates";
import * as policies from "./policies";
import * as vacancies from "./vacancies";
import * as notices from "./notices";
import * as appointments from "./appointments";
import { searchPublished } from "./search";
import { feedEntries } from "./feeds";
import type { FeedBoard } from "../feeds/entries";
import { sitemapEntries } from "./sitemap";

import { BOARD_TAGS, type Board } from "./board-tags";
import { raiseBoardVersions, readBoardVersions } from "./board-versions";
import { noteOwnChange } from "../cache/board-version-poller";
import { now as clockNow } from "../calendar/clock";
export { BOARD_TAGS, type Board };

const ALL: Board[] = ["policies", "vacancies", "notices", "appointments"];
export const REVALIDATE_SECONDS = 60;

function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

function decode<T>(text: string): T {
  return JSON.parse(text, (_k, v) =>
    v && typeof v === "object" && typeof v.$date === "string" && Object.keys(v).length === 1 ? new Date(v.$date) : v,
  ) as T;
}

function cached<A extends unknown[], R>(name: string, boards: Board[], fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const inner = unstable_cache(async (...args: A) => encode(await fn(...args)), [`openselect:${name}`], {
    tags: boards.map((b) => BOARD_TAGS[b]),
    revalidate: REVALIDATE_SECONDS,
  });
  // Concurrent requests for the same key share one lookup: when an entry has just expired,
  // a busy board would otherwise run the same queries once per waiting request (and SQLite's
  // driver is synchronous, so they would queue behind each other).
  const inFlight = new Map<string, Promise<string>>();
  const shared = (args: A): Promise<string> => {
    const key = JSON.stringify(args);
    let p = inFlight.get(key);
    if (!p) {
      p = inner(...args).finally(() => inFlight.delete(key));
      inFlight.set(key, p);
    }
    return p;
  };
  // React's cache() also shares one answer between generateMetadata and the page of a request.
  return cache(async (...args: A) => decode<R>(await shared(args)));
}

const minute = () => Math.floor(clockNow().getTime() / 60_000) * 60_000;

const vacancyList = cached("vacancies.list", ["vacancies"], (f: Omit<vacancies.VacancyFilters, "now">, at: number) =>
  vacancies.listVacancies({ ...f, now: new Date(at || clockNow().getTime()) }),
);
const noticeList = cached("notices.list", ["notices"], (f: { kind?: string; state?: string; q?: string; page?: number }, day: string) =>
  notices.listPublishedNotices({ ...f, now: new Date(`${day}T04:00:00Z`) }),
);
const openVacancies = cached("vacancies.open", ["vacancies"], (at: number) => vacancies.listOpenVacancies(new Date(at)));

const homeLists = cached("home.lists", ALL, async () => {
  const [latestPolicies, latestVacancies, latestNotices, latestAppointments] = await Promise.all([
    policies.latestPolicies(5),
    vacancies.latestVacancies(5),
    notices.latestNotices(5),
    appointments.latestAppointments(5),
  ]);
  return { latestPolicies, latestVacancies, latestNotices, latestAppointments };
});
const homeCounts = cached("home.counts", ["vacancies", "notices"], async (at: number) => {
  const now = new Date(at);
  const [openCount, activeNotices] = await Promise.all([vacancies.countOpenVacancies(now), notices.countActiveNotices(now)]);
  return { openCount, activeNotices };
});
const home = async () => {
  const [lists, counts] = await Promise.all([homeLists(), homeCounts(minute())]);
  return { ...lists, ...counts };
};

/** Cached public reads. Arguments are plain values: they form the cache key. */
export const board = {
  policyList: cached("policies.list", ["policies"], policies.listPublishedPolicies),
  policy: cached("policies.one", ["policies"], policies.getPublishedPolicy),
  // Only the 征集中 / 已截止 filters depend on the clock; other lists share one entry.
  vacancyList: (f: Omit<vacancies.VacancyFilters, "now">) => vacancyList(f, f.status === "OPEN" || f.status === "CLOSED" ? minute() : 0),
  vacancy: cached("vacancies.one", ["vacancies", "notices", "appointments"], vacancies.getPublishedVacancy),
  vacancyFacets: cached("vacancies.facets", ["vacancies"], vacancies.vacancyFacets),
  openVacancies: () => openVacancies(minute()),
  noticeList: (f: { kind?: string; state?: string; q?: string; page?: number }) => noticeList(f, shanghaiToday()),
  notice: cached("notices.one", ["notices", "vacancies", "appointments"], notices.getPublishedNotice),
  appointmentList: cached("appointments.list", ["appointments"], appointments.listPublishedAppointments),
  appointment: cached("appointments.one", ["appointments", "vacancies", "notices"], appointments.getPublishedAppointment),
  home,
  // Search finds training classes too: their changes expire it like a board's.
  search: cached("search", [...ALL, "training"], searchPublished),
  feed: cached("feed", ALL, (b: FeedBoard) => feedEntries(b)),
  sitemap: cached("sitemap", ALL, sitemapEntries),
};

/**
 * From a console server action, after a change: readers (and the reviewer) see it on their next
 * request to this instance, and on the other instances once they have polled the raised
 * versions (lib/cache/board-version-poller.ts).
 */
export async function invalidateBoards(...boards: Board[]): Promise<void> {
  await raiseBoardVersions(boards);
  // Expiring after reading the versions also covers a change another instance made to these
  // boards just before: it is in the database already, so the next render shows both.
  noteOwnChange(boards, await readBoardVersions());
  for (const b of boards) updateTag(BOARD_TAGS[b]);
}
