/** @jest-environment node */
// The page shown when the site's frame failed: in Chinese with the English beneath, its own
// <html>, the server log's reference, and a way to try again — never Next's English default.
import { renderToStaticMarkup } from "react-dom/server";
import GlobalError from "@/app/global-error";

test("speaks Chinese first, English beneath, and names the reference", () => {
  const html = renderToStaticMarkup(<GlobalError error={Object.assign(new Error("layout failed"), { digest: "4093217" })} />);
  expect(html).toMatch(/^<html lang="zh-CN">/);
  expect(html).toContain('<h1 class="text-2xl font-bold">操作未能完成</h1>');
  expect(html).toContain('<div lang="en"');
  expect(html).toContain("The action could not be completed");
  expect(html).toContain("参考编号：4093217");
  expect(html).toContain("重试");
  expect(html).not.toContain("couldn");
  // The error's own message is for the server log, not the page.
  expect(html).not.toContain("layout failed");
});

test("without a reference there is no empty reference line", () => {
  expect(renderToStaticMarkup(<GlobalError error={new Error("x")} />)).not.toContain("参考编号");
});
