// What a reader would count in a body, for the forms' checks (required, length limit). The limit
// counts the text staff typed, not the markup around it: an editor table adds tags to every cell,
// and a body at the limit in Markdown must not be refused once it is opened and saved as HTML.
// Not a sanitizer (tags are only counted out here, the output never reaches a page); no
// dependencies, so the validation schemas that client forms import stay light.

const HTML_START = /^\s*<(p|h[1-6]|ul|ol|table|blockquote|pre|hr|div)[\s>/]/i;

/**
 * Whether a stored body is HTML (written in the editor) rather than Markdown (older bodies); see
 * body-format.ts for why the start tells.
 */
export function isHtmlBody(body: string): boolean {
  return HTML_START.test(body ?? "");
}

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };

/** The visible text of an HTML or Markdown body, whitespace collapsed. */
export function bodyVisibleText(body: string): string {
  return (body ?? "")
    .replace(/<(br|\/p|\/li|\/h\d|\/td|\/th|\/tr)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether a body has any text at all (an editor left empty sends "<p></p>" at worst). */
export function bodyHasText(body: string): boolean {
  return bodyVisibleText(body) !== "";
}

/** Characters a reader sees (spaces between blocks not counted twice). */
export function bodyTextLength(body: string): number {
  return bodyVisibleText(body).length;
}
