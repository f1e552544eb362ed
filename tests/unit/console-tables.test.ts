// Console tables at 1280 px: a column heading never breaks over two lines (真实/姓名, 待审/核).
// The console's content area keeps every table heading on one line (app/globals.css), and long
// cell text is cut by CellText, which keeps the whole text for hover and for screen readers.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const read = (p: string) => readFileSync(join(process.cwd(), p), "utf8");

test("the console area keeps table headings on one line", () => {
  expect(read("app/globals.css")).toMatch(/\.console-area th:not\(\.prose-cn th\) \{\s*white-space: nowrap;/);
  expect(read("app/[locale]/(admin)/admin/layout.tsx")).toMatch(/className="console-area[^"]*"[^>]*>\s*<SignedInIntl>\{children\}/);
});
