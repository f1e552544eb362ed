// axe's serious link-in-text-block on every public page, /register and /login: links in running
// text (the footer's 隐私政策, "已有账户？登录") were told from the text by colour alone. The
// `link` utility every such link uses is underlined at rest, not only on hover.
import { readFileSync } from "node:fs";
import { join } from "node:path";

test("the link utility is underlined without hovering", () => {
  const css = readFileSync(join(__dirname, "../../app/globals.css"), "utf8");
  const block = /@utility link \{([^}]*)\}/.exec(css)?.[1] ?? "";
  const classes = block.replace("@apply", "").trim().replace(/;$/, "").split(/\s+/);
  expect(classes).toContain("underline");
});
