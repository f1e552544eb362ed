// Long text in a dense console table is cut at the column's width on screen, and kept whole for
// hover (title) and for screen readers (the text itself stays in the page).
import { render, screen } from "@testing-library/react";
import { CellText } from "@/components/ui/cell-text";

test("a long cell keeps its whole text, on one line with an ellipsis", () => {
  const text = "舟山市海洋经济发展局综合规划处副处长（主持工作）兼办公室主任";
  render(<CellText text={text} width="max-w-[12rem]" className="text-muted" />);
  const cell = screen.getByText(text);
  expect(cell).toHaveAttribute("title", text);
  expect(cell).toHaveClass("truncate", "max-w-[12rem]", "text-muted", "block");
  expect(cell.textContent).toBe(text);
});
