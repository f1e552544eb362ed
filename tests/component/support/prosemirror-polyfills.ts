// jsdom has no layout: ProseMirror asks for client rects (scrolling the selection into view,
// coordinates at a position) and document.elementFromPoint. Zero-sized answers are enough for
// tests that never look at where things are drawn.
export function installProseMirrorPolyfills(): void {
  const emptyRect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) } as DOMRect;
  const rects = () => Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
  for (const proto of [Range.prototype, Element.prototype]) {
    if (!("getClientRects" in proto) || proto === Range.prototype) {
      Object.defineProperty(proto, "getClientRects", { configurable: true, value: rects });
    }
    Object.defineProperty(proto, "getBoundingClientRect", { configurable: true, value: () => emptyRect });
  }
  if (!document.elementFromPoint) {
    Object.defineProperty(document, "elementFromPoint", { configurable: true, value: () => null });
  }
}
