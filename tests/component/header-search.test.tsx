import { render, screen } from "@testing-library/react";
import { HeaderSearch } from "@/components/layout/header-search";
import { MarkedText } from "@/components/search/marked-text";

describe("the header's search box", () => {
  test("a plain GET form to /search with a labelled field and a button", () => {
    render(<HeaderSearch label="全站搜索" placeholder="搜索政策、岗位、公告、任免、培训" submit="搜索" />);
    const form = screen.getByRole("search", { name: "全站搜索" });
    expect(form.getAttribute("action")).toBe("/search");
    expect(form.getAttribute("method")).toBe("get");
    const field = screen.getByRole("searchbox", { name: "全站搜索" });
    expect(field.getAttribute("name")).toBe("q");
    expect(field.getAttribute("maxlength")).toBe("50");
    expect(screen.getByRole("button", { name: "搜索" })).toBeTruthy();
  });
});

describe("marked search text", () => {
  test("hits in <mark>; a document's markup stays text", () => {
    const { container } = render(
      <p>
        <MarkedText
          segments={[
            { text: "<b>", hit: false },
            { text: "局", hit: true },
            { text: "</b>", hit: false },
          ]}
        />
      </p>,
    );
    expect(container.querySelectorAll("mark")).toHaveLength(1);
    expect(container.querySelector("mark")!.textContent).toBe("局");
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toBe("<b>局</b>");
  });
});
