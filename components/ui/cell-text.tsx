// Text in a dense console table. At 1280 px a column never breaks a word over two lines (真实/
// 姓名, 待审/核): short values stay on one line, and a long one is cut with “…” at the column's
// width. The whole text stays in the page, so screen readers read it all, and shows on hover.
export function CellText({ text, width = "max-w-[16rem]", className = "" }: { text: string; width?: string; className?: string }) {
  return (
    <span className={`block truncate ${width} ${className}`} title={text}>
      {text}
    </span>
  );
}
