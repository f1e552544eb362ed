// The editor's HTML as it is submitted and previewed: ProseMirror's serialization without what
// only the editor needs (table column widths and their styles, default cell spans) and without
// the paragraph ProseMirror puts inside every list item and table cell, so that a stored body
// looks like the HTML the older Markdown bodies render to (and the pages' styles fit both).
// Browser only (uses the DOM).

/** ProseMirror HTML → compact HTML ("" for an empty document). */
export function compactEditorHtml(html: string, isEmpty: boolean): string {
  if (isEmpty) return "";
  const box = document.createElement("template");
  box.innerHTML = html;
  const root = box.content;
  root.querySelectorAll("colgroup").forEach((el) => el.remove());
  root.querySelectorAll("*").forEach((el) => {
    for (const attr of ["style", "class", "target", "rel", "colwidth"]) el.removeAttribute(attr);
    for (const attr of ["colspan", "rowspan"]) if (el.getAttribute(attr) === "1") el.removeAttribute(attr);
  });
  root.querySelectorAll("li, td, th").forEach((cell) => {
    const only = cell.children.length === 1 && cell.childNodes.length === 1 ? cell.firstElementChild : null;
    if (only?.tagName === "P") only.replaceWith(...Array.from(only.childNodes));
  });
  // The editor keeps an empty paragraph after a closing heading or table (somewhere to type):
  // not part of the body.
  while (root.lastElementChild?.tagName === "P" && !root.lastElementChild.childNodes.length) root.lastElementChild.remove();
  return box.innerHTML;
}
