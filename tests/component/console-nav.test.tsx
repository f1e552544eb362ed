// The console menu on a phone: a closed <details> whose summary reads 菜单 (a native disclosure:
// keyboard and screen readers open it, no script), every link inside it; from the md breakpoint
// on, app/globals.css shows it always open with the summary hidden, where the browser can.
import fs from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { ConsoleNav } from "@/components/admin/console-nav";

const links = [
  { href: "/admin", label: "后台首页" },
  { href: "/admin/cases", label: "来信来访", count: 3, countText: "3 件待办" },
  { href: "/admin/surveys", label: "满意度测评" },
];

test("a closed 菜单 disclosure holding every link, named by the console's title", () => {
  const { container } = render(<ConsoleNav title="审核后台" menu="菜单" links={links} />);
  const nav = screen.getByRole("navigation", { name: "审核后台" });
  const details = nav.querySelector("details")!;
  expect(details).not.toBeNull();
  expect(details.open).toBe(false);
  const summary = details.querySelector(":scope > summary")!;
  // Its words are 菜单; the icons beside them are hidden from screen readers.
  expect(
    [...summary.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.getAttribute("aria-hidden") === "true"))
      .map((n) => n.textContent),
  ).toEqual(["菜单"]);
  // Every link is inside the disclosure, in order, with its address.
  const inside = within(details as HTMLElement);
  expect(inside.getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
    ["后台首页", "/admin"],
    ["来信来访33 件待办", "/admin/cases"],
    ["满意度测评", "/admin/surveys"],
  ]);
  expect(container.querySelectorAll("a")).toHaveLength(3);
  // The badge's number is for the eye; the words for screen readers.
  expect(screen.getByText("3", { selector: "[aria-hidden=true]" })).toBeInTheDocument();
  expect(screen.getByText("3 件待办")).toHaveClass("sr-only");
  // The summary opens it (what Enter or a tap on it does).
  fireEvent.click(summary);
  expect(details.open).toBe(true);
});

test("wide screens: the stylesheet shows the closed menu's content and hides its summary, only where ::details-content exists", () => {
  const css = fs.readFileSync(path.join(__dirname, "../../app/globals.css"), "utf8").replace(/\s+/g, " ");
  expect(css).toMatch(
    /@supports selector\(::details-content\) \{ @media \(width >= 48rem\) \{ \.console-menu::details-content \{ content-visibility: visible; \} \.console-menu > summary \{ display: none; \} \} \}/,
  );
});
