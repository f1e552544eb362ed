import "server-only";
// Search across the published boards and the training classes (/search?q=…) and each board's list search, through
// the search index (SearchDocument: public items only, kept in step by lib/data/search-index.ts).
// Chinese has no word boundaries, so a word matches as a substring (ASCII case ignored) of an
// item's title or other fields; every word must match (AND).
//   Words of 3+ characters: SQLite's FTS5 trigram table SearchFts / PostgreSQL's pg_trgm GIN
//     index (ILIKE over title + body).
//   Words of 1–2 characters (no whole trigram): SQLite's character table SearchChars (a phrase
//     of character tokens, exact) / PostgreSQL's GIN index over the characters (the document
//     holds each character; ILIKE then checks they are adjacent).
// Ranking is the same on both databases: title hits first, then newest, then kind and id.
import { db, isPostgres } from "../db/client";
import { charPhrase, isShortWord, trigramPhrase } from "../search/grams";
import { isSearchKind, SEARCH_KINDS, type SearchKind } from "../search/kinds";
import { highlight, snippet, type Segment } from "../search/snippet";
import { searchTerm, searchWords } from "./board-kit";
import { BOARD_PAGE_SIZE, pageWindow, paged, type Paged, type PageWindow } from "./paging";

/** Search results page only so deep (an OFFSET into the ranked matches). */
const SEARCH_MAX_PAGE = 50;

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** Second line: issuer / unit / notice kind / "kind|post". */
  detail: string;
  date: Date;
  /** The title with the words marked. */
  titleMarks: Segment[];
  /** Some of the other text around the first hit, words marked. */
  snippet: Segment[];
}

type Counts = Record<SearchKind, number>;
const noCounts = (): Counts => Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Counts;

/** SQL placeholders in order: "?" for SQLite, "$n" for PostgreSQL. */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly pg: boolean) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.pg ? `$${this.values.length}` : "?";
  }
}

const PG_TEXT = `(d."title" || E'\\n' || d."body")`;

/** WHERE conditions on SearchDocument d for "every word matches". */
function matchConditions(words: string[], p: Params, pg: boolean): string[] {
  if (pg) {
    // The expressions are those of the two GIN indexes (migration *_search_index).
    return words.map((w) => {
      const like = `${PG_TEXT} ILIKE ${p.add(`%${w}%`)}`;
      return isShortWord(w) ? `string_to_array(lower(${PG_TEXT}), NULL) @> string_to_array(lower(${p.add(w)}), NULL) AND ${like}` : like;
    });
  }
  const long = words.filter((w) => !isShortWord(w));
  const short = words.filter(isShortWord);
  const conds: string[] = [];
  if (long.length)
    conds.push(`d."id" IN (SELECT rowid FROM "SearchFts" WHERE "SearchFts" MATCH ${p.add(long.map(trigramPhrase).join(" AND "))})`);
  if (short.length)
    conds.push(`d."id" IN (SELECT rowid FROM "SearchChars" WHERE "SearchChars" MATCH ${p.add(short.map(charPhrase).join(" AND "))})`);
  return conds;
}

/** 1 when every word is in the title (ranked first), else 0. */
function titleHit(words: string[], p: Params, pg: boolean): string {
  const has = (w: string) => (pg ? `strpos(lower(d."title"), lower(${p.add(w)})) > 0` : `instr(lower(d."title"), lower(${p.add(w)})) > 0`);
  return `(CASE WHEN ${words.map(has).join(" AND ")} THEN 1 ELSE 0 END)`;
}

async function matchCounts(words: string[], kind: SearchKind | null): Promise<Counts> {
  const pg = isPostgres();
  const p = new Params(pg);
  const conds = matchConditions(words, p, pg);
  if (kind) conds.push(`d."kind" = ${p.add(kind)}`);
  const rows = await db().$queryRawUnsafe<{ kind: string; n: number | bigint }[]>(
    `SELECT d."kind" AS "kind", COUNT(*) AS "n" FROM "SearchDocument" d WHERE ${conds.join(" AND ")} GROUP BY d."kind"`,
    ...p.values,
  );
  const counts = noCounts();
  for (const r of rows) if (isSearchKind(r.kind)) counts[r.kind] = Number(r.n);
  return counts;
}

/** The ranked page of matches (ids only: the long columns are read for these rows alone). */
async function matchPage(words: string[], kind: SearchKind | null, skip: number, take: number): Promise<number[]> {
  const pg = isPostgres();
  const p = new Params(pg);
  // Placeholders are numbered in the order they appear in the text: WHERE, then ORDER BY.
  const conds = matchConditions(words, p, pg);
  if (kind) conds.push(`d."kind" = ${p.add(kind)}`);
  const rank = titleHit(words, p, pg);
  const rows = await db().$queryRawUnsafe<{ id: number }[]>(
    `SELECT d."id" AS "id" FROM "SearchDocument" d WHERE ${conds.join(" AND ")}
     ORDER BY ${rank} DESC, d."sortAt" DESC, d."kind" ASC, d."refId" ASC
     LIMIT ${p.add(take)} OFFSET ${p.add(skip)}`,
    ...p.values,
  );
  return rows.map((r) => Number(r.id));
}

/** Whether `q` searches anything (words left after the separators). */
export const isSearch = (q: string | undefined): boolean => searchWords(q).length > 0;

/**
 * One board's public list searched through the index, in the board's own order (sortAt is the
 * board's date: newest first, then id). The index answers which items match and in what order;
 * the board reads only the page's rows. When the list has filters of its own (category,
 * status, kind…), `ids` gives the items passing them and the two are intersected here (an IN
 * list of every match would exceed the databases' parameter limits on large boards).
 */
export async function searchBoard<T extends { id: string }>(
  kind: SearchKind,
  q: string | undefined,
  w: PageWindow,
  board: { filtered: boolean; ids: () => Promise<{ id: string }[]>; rows: (ids: string[]) => Promise<T[]> },
): Promise<Paged<T>> {
  const words = searchWords(q);
  const pg = isPostgres();
  const p = new Params(pg);
  const conds = [...matchConditions(words, p, pg), `d."kind" = ${p.add(kind)}`];
  const [matches, allowed] = await Promise.all([
    db().$queryRawUnsafe<{ refId: string }[]>(
      `SELECT d."refId" AS "refId" FROM "SearchDocument" d WHERE ${conds.join(" AND ")} ORDER BY d."sortAt" DESC, d."refId" DESC`,
      ...p.values,
    ),
    board.filtered ? board.ids().then((rows) => new Set(rows.map((r) => r.id))) : null,
  ]);
  const ids = allowed ? matches.map((m) => m.refId).filter((id) => allowed.has(id)) : matches.map((m) => m.refId);
  const pageIds = ids.slice(w.skip, w.skip + w.take);
  const rows = pageIds.length ? await board.rows(pageIds) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return paged(
    pageIds.flatMap((id) => byId.get(id) ?? []),
    ids.length,
    w,
  );
}

export interface SearchResult extends Paged<SearchHit> {
  q: string;
  kind: SearchKind | null;
  counts: Counts;
}

/** One board (kind) or all of them, ranked: title hits first, then newest. */
export async function searchPublished(input: { q?: string; kind?: string; page?: number }): Promise<SearchResult | null> {
  const q = searchTerm(input.q);
  if (!q) return null;
  const kind = isSearchKind(input.kind ?? "") ? (input.kind as SearchKind) : null;
  const w = pageWindow(input.page, BOARD_PAGE_SIZE, SEARCH_MAX_PAGE);
  const words = searchWords(q);
  const none = noCounts();
  // Only separators (e.g. "%"): a search for nothing finds nothing.
  if (!words.length) return { ...paged<SearchHit>([], 0, pageWindow(1, BOARD_PAGE_SIZE)), q, kind, counts: none };
  // The tabs show every board's count, whichever tab is open.
  const [counts, ids] = await Promise.all([matchCounts(words, null), matchPage(words, kind, w.skip, w.take)]);
  const docs = ids.length
    ? await db().searchDocument.findMany({
        where: { id: { in: ids } },
        select: { id: true, kind: true, refId: true, title: true, detail: true, body: true, sortAt: true },
      })
    : [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const rows: SearchHit[] = ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return []; // unpublished between the two reads
    return [
      {
        kind: d.kind as SearchKind,
        id: d.refId,
        title: d.title,
        detail: d.detail,
        date: d.sortAt,
        titleMarks: highlight(d.title, words),
        snippet: snippet(d.body, words),
      },
    ];
  });
  const total = kind ? counts[kind] : Object.values(counts).reduce((s, n) => s + n, 0);
  return { ...paged(rows, total, w), q, kind, counts };
}
