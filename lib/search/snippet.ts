// Highlighted text for search results, as segments ({ text, hit }) that the page renders as
// text and <mark>: React escapes every segment, so a document's "<" can never become markup
// (the same as escaping the HTML first and adding <mark> after, without an HTML string).
// Matching is the index's: a substring, ASCII case ignored.

export interface Segment {
  text: string;
  hit: boolean;
}

/** Lowers ASCII only, keeping every index in place (String#toLowerCase can change lengths). */
const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** [start, end) ranges where any word occurs, merged. */
function hitRanges(text: string, words: string[]): [number, number][] {
  const hay = fold(text);
  const ranges: [number, number][] = [];
  for (const w of words.map(fold).filter(Boolean)) {
    for (let at = hay.indexOf(w); at !== -1; at = hay.indexOf(w, at + 1)) ranges.push([at, at + w.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function segmentsOf(text: string, ranges: [number, number][], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (start > at) out.push({ text: text.slice(at, start), hit: false });
    out.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  return out;
}

/** The whole (short) text with its hits marked: titles. */
export function highlight(text: string, words: string[]): Segment[] {
  return segmentsOf(text, hitRanges(text, words));
}

/**
 * Markdown that old bodies were written in, which a reader of a snippet should not see: line
 * markers (headings, list bullets and task boxes, block quotes), rules, emphasis stars, and link
 * and image syntax (the link's words stay, its address goes). Ordered-list numbers stay: in
 * Chinese documents "1." is part of the text. Underscores stay (file_name, 文号 never use them
 * for emphasis).
 */
const LINE_MARKER = /^[ \t]*(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?/gm;
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm;
const LINK = /(!?\[)[^\]\n]*(\]\([^)\s]*(?:[ \t]+"[^"\n]*")?\))/g;
const STARS = /\*+/g;

/**
 * The body as a reader sees it — the Markdown above left out, whitespace collapsed, trimmed —
 * with, for each character kept, where it stood in the body (so hits found on the body, the
 * text the index matched, can be marked on the characters shown).
 */
function readable(body: string): { text: string; at: number[] } {
  const drop = new Uint8Array(body.length);
  const cut = (from: number, to: number) => drop.fill(1, from, to);
  for (const m of body.matchAll(RULE)) cut(m.index, m.index + m[0].length);
  for (const m of body.matchAll(LINE_MARKER)) cut(m.index, m.index + m[0].length);
  for (const m of body.matchAll(LINK)) {
    cut(m.index, m.index + m[1].length);
    const end = m.index + m[0].length;
    cut(end - m[2].length, end);
  }
  // Emphasis stars touch a word on at least one side; a lone star between spaces (3 * 4) stays.
  for (const m of body.matchAll(STARS)) {
    const before = body[m.index - 1] ?? " ";
    const after = body[m.index + m[0].length] ?? " ";
    if (!/\s/.test(before) || !/\s/.test(after)) cut(m.index, m.index + m[0].length);
  }
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (drop[i]) continue;
    if (/\s/.test(body[i])) {
      // One space for a run of whitespace (dropped markers between spaces included), none at the start.
      if (text === "" || text.endsWith(" ")) continue;
      text += " ";
    } else text += body[i];
    at.push(i);
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    at.pop();
  }
  return { text, at };
}

/** The first index in the ascending list `at` whose value is ≥ `v`. */
function lowerBound(at: number[], v: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * About `length` characters of a long text around its first hit (its start when nothing hits),
 * Markdown markers left out and whitespace collapsed, with "…" where it was cut. The words are
 * matched on the body as it is stored (the index's text), then marked on the characters shown.
 */
export function snippet(body: string, words: string[], length = 90): Segment[] {
  const { text, at } = readable(body);
  const ranges = hitRanges(body, words)
    .map(([s, e]): [number, number] => [lowerBound(at, s), lowerBound(at, e)])
    .filter(([s, e]) => e > s);
  const first = ranges[0]?.[0] ?? 0;
  // Keep a little context before the first hit.
  let from = Math.max(0, first - Math.floor(length / 4));
  const to = Math.min(text.length, from + length);
  from = Math.max(0, Math.min(from, to - length));
  // Never cut a surrogate pair.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from])) from--;
  const segs = segmentsOf(text, ranges, from, to);
  if (from > 0) segs.unshift({ text: "…", hit: false });
  if (to < text.length) segs.push({ text: "…", hit: false });
  return segs;
}
