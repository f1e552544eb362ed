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
 * About `length` characters of a long text around its first hit (its start when nothing hits),
 * whitespace collapsed, with "…" where it was cut.
 */
export function snippet(body: string, words: string[], length = 90): Segment[] {
  const text = body.replace(/\s+/g, " ").trim();
  const ranges = hitRanges(text, words);
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
