// Bodies of policies, vacancies, notices and appointments come in two formats. Until the toolbar
// editor (components/editor) they were typed as Markdown, and the seed data and every database
// already deployed hold Markdown. The editor saves HTML (sanitized on save, lib/markdown/render.ts).
// Nothing in the schema says which a row holds, so the text itself tells: the editor's HTML
// always starts with one of its block tags, and Markdown practically never does (a Markdown body
// that starts with raw HTML renders the same either way, since marked passes such HTML through).
//
// No sanitizer here on purpose: this module is imported by the console's client code (the editor
// opens an old Markdown body as HTML, and its schema keeps only what it knows), while the
// sanitizer stays on the server (render.ts).
import { Marked } from "marked";
import { isHtmlBody } from "./body-text";

// The options the pages have always rendered Markdown with (GitHub tables, single line breaks kept).
const marked = new Marked({ gfm: true, breaks: true, async: false });

/** Markdown → HTML, not sanitized (callers sanitize it or hand it to the editor's schema). */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown ?? "") as string;
}

/** A stored body of either format as HTML, not sanitized: what the editor opens. */
export function bodyToHtml(body: string): string {
  const source = body ?? "";
  if (source.trim() === "") return "";
  return isHtmlBody(source) ? source : markdownToHtml(source);
}

/**
 * A stored body as the editor opens it: HTML, with headings mapped as the pages map them (an
 * old Markdown "# 标题" is the page's second level; the editor has levels 2 to 4).
 */
export function bodyToEditorHtml(body: string): string {
  return bodyToHtml(body)
    .replace(/<(\/?)h1(?=[\s>])/gi, "<$1h2")
    .replace(/<(\/?)h[56](?=[\s>])/gi, "<$1h4");
}
