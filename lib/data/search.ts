import "server-only";
// Search across the four published boards (/search?q=…). Chinese has no word boundaries, so
// this is a substring match (LIKE '%…%') of every word, on the fields readers recognise an
// item by; each board's list applies the same filter (the *Text builders of each module). Only published items are ever searched.
import { db } from "../db/client";
import { searchTerm, searchWords, wordsWhere } from "./board-kit";
import { BOARD_PAGE_SIZE, pageWindow, paged, type Paged } from "./paging";

/** Search results page only so deep: the merge of all boards reads page·size rows of each. */
const SEARCH_MAX_PAGE = 50;
import { policyText } from "./policies";
import { vacancyText } from "./vacancies";
import { noticeText } from "./notices";
import { appointmentText } from "./appointments";

export const SEARCH_KINDS = ["policies", "vacancies", "notices", "appointments"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** Second line: issuer / unit / kind / post. */
  detail: string;
  date: Date;
}

type Counts = Record<SearchKind, number>;

const PUBLIC_VACANCY = { status: { not: "DRAFT" }, publishedAt: { not: null } } as const;

function wheres(q: string) {
  return {
    policies: { status: "PUBLISHED", ...wordsWhere(q, policyText) },
    vacancies: { ...PUBLIC_VACANCY, ...wordsWhere(q, vacancyText) },
    notices: { status: "PUBLISHED", ...wordsWhere(q, noticeText) },
    appointments: { status: "PUBLISHED", ...wordsWhere(q, appointmentText) },
  };
}

async function fetchKind(kind: SearchKind, q: string, skip: number, take: number): Promise<SearchHit[]> {
  const w = wheres(q);
  switch (kind) {
    case "policies":
      return (
        await db().policy.findMany({
          where: w.policies,
          select: { id: true, title: true, issuer: true, issuedOn: true },
          orderBy: [{ issuedOn: "desc" }, { id: "desc" }],
          skip,
          take,
        })
      ).map((r) => ({ kind, id: r.id, title: r.title, detail: r.issuer, date: r.issuedOn }));
    case "vacancies":
      return (
        await db().vacancy.findMany({
          where: w.vacancies,
          select: { id: true, post: true, unit: true, publishedAt: true },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          skip,
          take,
        })
      ).map((r) => ({ kind, id: r.id, title: r.post, detail: r.unit, date: r.publishedAt! }));
    case "notices":
      return (
        await db().notice.findMany({
          where: w.notices,
          select: { id: true, title: true, kind: true, publishedAt: true },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          skip,
          take,
        })
      ).map((r) => ({ kind, id: r.id, title: r.title, detail: r.kind, date: r.publishedAt! }));
    case "appointments":
      return (
        await db().appointment.findMany({
          where: w.appointments,
          select: { id: true, kind: true, personName: true, post: true, decidedOn: true },
          orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
          skip,
          take,
        })
      ).map((r) => ({ kind, id: r.id, title: r.personName, detail: `${r.kind}|${r.post}`, date: r.decidedOn }));
  }
}

async function counts(q: string): Promise<Counts> {
  const w = wheres(q);
  const [policies, vacancies, notices, appointments] = await Promise.all([
    db().policy.count({ where: w.policies }),
    db().vacancy.count({ where: w.vacancies }),
    db().notice.count({ where: w.notices }),
    db().appointment.count({ where: w.appointments }),
  ]);
  return { policies, vacancies, notices, appointments };
}

export interface SearchResult extends Paged<SearchHit> {
  q: string;
  kind: SearchKind | null;
  counts: Counts;
}

/**
 * One board (kind) or all of them, newest first. For "all", the first page·size hits of each
 * board are merged by date, which is exact for the page asked for.
 */
export async function searchPublished(input: { q?: string; kind?: string; page?: number }): Promise<SearchResult | null> {
  const q = searchTerm(input.q);
  if (!q) return null;
  const kind = (SEARCH_KINDS as readonly string[]).includes(input.kind ?? "") ? (input.kind as SearchKind) : null;
  const w = pageWindow(input.page, BOARD_PAGE_SIZE, SEARCH_MAX_PAGE);
  const { skip, take } = w;
  // Only separators (e.g. "%"): a search for nothing finds nothing.
  if (!searchWords(q).length) {
    const none = { policies: 0, vacancies: 0, notices: 0, appointments: 0 };
    return { ...paged<SearchHit>([], 0, pageWindow(1, BOARD_PAGE_SIZE)), q, kind, counts: none };
  }
  const c = await counts(q);
  if (kind) {
    const rows = await fetchKind(kind, q, skip, take);
    return { ...paged(rows, c[kind], w), q, kind, counts: c };
  }
  const lists = await Promise.all(SEARCH_KINDS.map((k) => (c[k] ? fetchKind(k, q, 0, skip + take) : Promise.resolve([]))));
  const merged = lists.flat().sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  const total = Object.values(c).reduce((s, n) => s + n, 0);
  return {
    ...paged(merged.slice(skip, skip + take), total, w),
    q,
    kind,
    counts: c,
  };
}
