// Bodies of policies, vacancies, notices and appointments are written by staff: as HTML in the
// toolbar editor now, as Markdown before it (see body-format.ts for how the two are told apart).
// Either way the HTML is passed through sanitize-html with a short allowlist, on save
// (sanitizeBody) and again on every render (renderMarkdown): whatever is typed or pasted, no
// script, no event handler, no style, no class, no image, no iframe and no javascript:/data: URL
// reaches a reader's browser. The allowlist is the contract; tests/unit/markdown.test.ts holds
// it against a corpus of XSS payloads, in both formats.
import { LRUCache } from "lru-cache";
import sanitizeHtml from "sanitize-html";
import { markdownToHtml } from "./body-format";
import { isHtmlBody } from "./body-text";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "del",
    "s",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "hr",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  // colspan/rowspan: merged cells of tables pasted from Word (a 公示 table often has them).
  allowedAttributes: {
    a: ["href", "title", "rel"],
    ol: ["start"],
    th: ["align", "colspan", "rowspan"],
    td: ["align", "colspan", "rowspan"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Tags outside the list are dropped with their attributes; script/style/textarea lose their content too.
  disallowedTagsMode: "discard",
  transformTags: {
    // The page has its own <h1>; a body's headings start one level below it.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener noreferrer" } }),
    th: spans,
    td: spans,
  },
};

/** A cell's spans kept only as small whole numbers (anything else is dropped, the cell stays). */
function spans(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const out: sanitizeHtml.Attributes = {};
  for (const [k, v] of Object.entries(attribs)) {
    if (k === "colspan" || k === "rowspan") {
      if (/^\d{1,3}$/.test(v) && Number(v) > 1 && Number(v) <= 100) out[k] = String(Number(v));
    } else out[k] = v;
  }
  return { tagName, attribs: out };
}

/** A body of either format as sanitized HTML. */
function toSafeHtml(body: string): string {
  return sanitizeHtml(isHtmlBody(body) ? body : markdownToHtml(body), SANITIZE);
}

/**
 * What is stored when staff save a body. The editor's HTML is sanitized here, before it reaches
 * the database (the renderer sanitizes it again: an old row, or one written some other way, is
 * never trusted). A body in Markdown (typed before the editor, or sent by another client) is kept
 * as Markdown: it is rendered and sanitized on the way out, as it always was.
 */
export function sanitizeBody(body: string): string {
  const source = body ?? "";
  return isHtmlBody(source) ? sanitizeHtml(source, SANITIZE).trim() : source;
}

// Rendering and sanitizing cost far more than serving a cached board: keep the latest results
// (bodies change only when staff edit them). Bounded, least recently used evicted first.
const MEMO_MAX = 500;
const memo = new LRUCache<string, string>({ max: MEMO_MAX });

/** A body (editor HTML or older Markdown) → sanitized HTML, safe to insert with dangerouslySetInnerHTML. */
export function renderMarkdown(markdown: string): string {
  const source = markdown ?? "";
  const hit = memo.get(source);
  if (hit !== undefined) return hit;
  const html = toSafeHtml(source);
  memo.set(source, html);
  return html;
}

const excerptMemo = new LRUCache<string, string>({ max: MEMO_MAX });

/** Plain text of a body (either format), whitespace collapsed, cut to `max` characters (for lists, descriptions, feeds). */
export function markdownExcerpt(markdown: string, max = 140): string {
  const key = `${max}\u0000${markdown ?? ""}`;
  const hit = excerptMemo.get(key);
  if (hit !== undefined) return hit;
  const text = excerptOf(markdown ?? "", max);
  excerptMemo.set(key, text);
  return text;
}

function excerptOf(body: string, max: number): string {
  const html = isHtmlBody(body) ? body : markdownToHtml(body);
  const text = sanitizeHtml(html.replace(/<\/(p|li|h\d|td|th|tr|blockquote)>|<br\s*\/?>/gi, " "), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}
