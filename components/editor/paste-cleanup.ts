// What is pasted into a body keeps its structure and nothing else. Word (and WPS, and web pages)
// put fonts, colours, classes, spans, images and Office-only markup on the clipboard; a body on
// the public site keeps only headings, paragraphs, lists, tables, bold and links (what the
// toolbar offers). Word also writes its lists as paragraphs styled `mso-list`, with the number or
// bullet typed into the text: those become real lists here, so that they stay lists.
//
// Runs in the browser (ProseMirror's transformPastedHTML) before the editor's schema parses the
// HTML; the schema would drop unknown tags anyway, but not their Office-only text (list markers,
// conditional comments), and it would read a bold style as bold. The server sanitizes again on
// save and on render (lib/markdown/render.ts): this is about what staff see, not about safety.

/** Tags kept, with the tag they become. Headings move one level down: the page has its own <h1>. */
const KEEP: Record<string, string> = {
  P: "p",
  BR: "br",
  H1: "h2",
  H2: "h3",
  H3: "h4",
  H4: "h4",
  H5: "h4",
  H6: "h4",
  B: "strong",
  STRONG: "strong",
  UL: "ul",
  OL: "ol",
  LI: "li",
  TABLE: "table",
  THEAD: "thead",
  TBODY: "tbody",
  TFOOT: "tbody",
  TR: "tr",
  TH: "th",
  TD: "td",
  A: "a",
};

/** Dropped with everything inside them. */
const DROP = new Set([
  "IMG",
  "PICTURE",
  "SVG",
  "MATH",
  "STYLE",
  "SCRIPT",
  "NOSCRIPT",
  "TEMPLATE",
  "META",
  "LINK",
  "TITLE",
  "HEAD",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "VIDEO",
  "AUDIO",
  "CANVAS",
  "BUTTON",
  "INPUT",
  "SELECT",
  "TEXTAREA",
  "COLGROUP",
  "CAPTION",
]);

const BLOCKS = new Set([
  "P",
  "DIV",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "UL",
  "OL",
  "LI",
  "TABLE",
  "BLOCKQUOTE",
  "PRE",
  "SECTION",
  "ARTICLE",
]);

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

/** Clipboard HTML → the same text with only headings, paragraphs, lists, tables, bold and links. */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  wordListsToLists(doc);
  const out = doc.createElement("div");
  for (const child of Array.from(doc.body.childNodes)) copyClean(child, out, doc);
  return out.innerHTML;
}

function copyClean(node: Node, into: Node, doc: Document): void {
  if (node.nodeType === Node.TEXT_NODE) {
    into.appendChild(doc.createTextNode(node.textContent ?? ""));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return; // comments, Office conditional comments
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  // Office namespaced tags: <o:p> holds a paragraph's &nbsp; (kept as text), <v:shape> and
  // <w:…> are drawings and settings (dropped).
  if (tag.includes(":")) {
    if (tag === "O:P") for (const c of Array.from(el.childNodes)) copyClean(c, into, doc);
    return;
  }
  if (DROP.has(tag)) return;
  let to: string | undefined = KEEP[tag];
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold at all.
  if (to === "strong" && /font-weight\s*:\s*(normal|[1-4]00)/i.test(el.getAttribute("style") ?? "")) to = undefined;
  // A <div> of text is a paragraph; a <div> of blocks (Word's WordSection1) is only a wrapper.
  if (!to && tag === "DIV" && !Array.from(el.children).some((c) => BLOCKS.has(c.tagName.toUpperCase()))) to = "p";
  if (!to) {
    for (const c of Array.from(el.childNodes)) copyClean(c, into, doc);
    return;
  }
  const clean = doc.createElement(to);
  if (to === "a") {
    const href = (el.getAttribute("href") ?? "").trim();
    if (!SAFE_HREF.test(href)) {
      // A link to nowhere safe (a Word bookmark "#_Toc…", javascript:) keeps its text only.
      for (const c of Array.from(el.childNodes)) copyClean(c, into, doc);
      return;
    }
    clean.setAttribute("href", href);
  }
  if (to === "td" || to === "th") {
    for (const attr of ["colspan", "rowspan"]) {
      const v = el.getAttribute(attr);
      if (v && /^\d{1,3}$/.test(v) && Number(v) > 1) clean.setAttribute(attr, v);
    }
  }
  if (to === "ol") {
    const start = el.getAttribute("start");
    if (start && /^\d{1,6}$/.test(start) && start !== "1") clean.setAttribute("start", start);
  }
  for (const c of Array.from(el.childNodes)) copyClean(c, clean, doc);
  // Word spaces its paragraphs with empty ones (<p><o:p>&nbsp;</o:p></p>): the page has margins.
  if (to === "p" && !clean.children.length && !(clean.textContent ?? "").replace(/\u00a0/g, " ").trim()) return;
  into.appendChild(clean);
}

// ---------------------------------------------------------------------------------------------
// Word's lists

interface WordItem {
  el: Element;
  /** Word's list ("l0", "l1" …): two lists one after the other stay two lists. */
  list: string;
  level: number;
  ordered: boolean;
}

/** A Word list paragraph: `mso-list: l0 level2 lfo1` in its style, or a MsoListParagraph class. */
function wordItem(el: Element): WordItem | null {
  if (el.tagName.toUpperCase() !== "P") return null;
  const style = el.getAttribute("style") ?? "";
  const m = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i.exec(style);
  const cls = el.getAttribute("class") ?? "";
  if (!m && !/MsoListParagraph/i.test(cls)) return null;
  const level = m ? Math.max(1, Math.min(9, Number(m[2]))) : 1;
  const marker = takeMarker(el);
  return { el, list: m?.[1] ?? "", level, ordered: isOrderedMarker(marker) };
}

function isWordListParagraph(el: Element, list: string): boolean {
  if (el.tagName.toUpperCase() !== "P") return false;
  const m = /mso-list\s*:\s*(l\d+)\s+level\d+/i.exec(el.getAttribute("style") ?? "");
  if (m) return m[1] === list;
  return list === "" && /MsoListParagraph/i.test(el.getAttribute("class") ?? "");
}

/**
 * Removes the typed list marker ("1.", "（一）", "·", "") and returns it. Word puts it in a
 * <span style="mso-list:Ignore"> between `<![if !supportLists]>` comments.
 */
function takeMarker(el: Element): string {
  const ignore = Array.from(el.querySelectorAll("span")).find((s) => /mso-list\s*:\s*ignore/i.test(s.getAttribute("style") ?? ""));
  if (ignore) {
    // The marker span sits inside a font span or two; remove the outermost wrapper that holds only it.
    let target: Element = ignore;
    while (target.parentElement && target.parentElement !== el && target.parentElement.textContent === ignore.textContent) {
      target = target.parentElement;
    }
    const text = (ignore.textContent ?? "").replace(/\u00a0/g, " ").trim();
    target.remove();
    return text;
  }
  return "";
}

function isOrderedMarker(marker: string): boolean {
  // A number or letter with its punctuation ("1.", "a)", "（一）", "二、"); a bare letter is a
  // bullet (Word's second-level bullet is an "o" in Courier New).
  const n = "([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|[一二三四五六七八九十百]+)";
  return new RegExp(`^([(（]${n}[)）]|${n}[.)）、．])$`).test(marker);
}

/** Groups runs of consecutive Word list paragraphs into <ul>/<ol>, nested by level. */
function wordListsToLists(doc: Document): void {
  const all = Array.from(doc.body.querySelectorAll("p"));
  const done = new Set<Element>();
  for (const p of all) {
    if (done.has(p)) continue;
    const first = wordItem(p);
    if (!first) continue;
    const run: WordItem[] = [first];
    done.add(p);
    let next = nextElement(p);
    while (next) {
      if (!isWordListParagraph(next, first.list)) break;
      const item = wordItem(next)!;
      run.push(item);
      done.add(next);
      next = nextElement(next);
    }
    const list = buildList(run, doc);
    p.parentNode!.insertBefore(list, p);
    for (const item of run) item.el.remove();
  }
}

/** The next element sibling, skipping whitespace and the comments Word puts between paragraphs. */
function nextElement(el: Element): Element | null {
  let n = el.nextSibling;
  while (n && (n.nodeType === Node.COMMENT_NODE || (n.nodeType === Node.TEXT_NODE && !(n.textContent ?? "").trim()))) n = n.nextSibling;
  return n && n.nodeType === Node.ELEMENT_NODE ? (n as Element) : null;
}

function buildList(run: WordItem[], doc: Document): Element {
  const root = doc.createElement(run[0].ordered ? "ol" : "ul");
  // stack[i] is the open list at depth i (depth 0 = root); items deeper than the last open
  // level go into a new list inside the last item.
  const stack: { list: Element; level: number }[] = [{ list: root, level: run[0].level }];
  for (const item of run) {
    while (stack.length > 1 && item.level < stack[stack.length - 1].level) stack.pop();
    let top = stack[stack.length - 1];
    if (item.level > top.level) {
      const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement("li"));
      const nested = doc.createElement(item.ordered ? "ol" : "ul");
      parentItem.appendChild(nested);
      top = { list: nested, level: item.level };
      stack.push(top);
    }
    const li = doc.createElement("li");
    const para = doc.createElement("p");
    while (item.el.firstChild) para.appendChild(item.el.firstChild);
    li.appendChild(para);
    top.list.appendChild(li);
  }
  return root;
}
