// Bodies of policies, vacancies, notices and appointments are written by staff in Markdown.
// Markdown allows raw HTML, so the HTML that marked produces is passed through sanitize-html
// with a short allowlist: whatever is typed, no script, no event handler, no style, no iframe
// and no javascript:/data: URL reaches a reader's browser. The allowlist is the contract;
// tests/unit/markdown.test.ts holds it against a corpus of XSS payloads.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: true, async: false });

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
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"], th: ["align"], td: ["align"] },
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
  },
};

// Rendering and sanitizing cost far more than serving a cached board: keep the latest results
// (bodies change only when staff edit them). Bounded, oldest evicted first.
const MEMO_MAX = 500;
const memo = new Map<string, string>();

/** Markdown → sanitized HTML, safe to insert with dangerouslySetInnerHTML. */
export function renderMarkdown(markdown: string): string {
  const source = markdown ?? "";
  const hit = memo.get(source);
  if (hit !== undefined) return hit;
  const html = sanitizeHtml(marked.parse(source) as string, SANITIZE);
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  memo.set(source, html);
  return html;
}

const excerptMemo = new Map<string, string>();

/** Plain text of a Markdown body, whitespace collapsed, cut to `max` characters (for lists, descriptions, feeds). */
export function markdownExcerpt(markdown: string, max = 140): string {
  const key = `${max}\u0000${markdown ?? ""}`;
  const hit = excerptMemo.get(key);
  if (hit !== undefined) return hit;
  const text = excerptOf(markdown ?? "", max);
  if (excerptMemo.size >= MEMO_MAX) excerptMemo.delete(excerptMemo.keys().next().value!);
  excerptMemo.set(key, text);
  return text;
}

function excerptOf(markdown: string, max: number): string {
  const html = marked.parse(markdown) as string;
  const text = sanitizeHtml(html.replace(/<\/(p|li|h\d|tr|blockquote)>/g, " "), { allowedTags: [], allowedAttributes: {} })
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
