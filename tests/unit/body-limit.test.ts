/**
 * @jest-environment node
 */
// The proxy's body limits: 2 MB for every form, 16 MB for the two case forms that carry files
// (公示反映 at /notices/<id>/object, 监督举报 at /report). Next's own server-action limit is the
// larger one for the whole site (next.config.mjs), so the proxy is what keeps other paths at 2 MB.
import fs from "node:fs";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { bodyLimitBytes } from "@/lib/actions/body-limit";

const MB = 1024 * 1024;

function post(path: string, headers: Record<string, string>) {
  return proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method: "POST", headers }));
}

describe("body limits", () => {
  it("keeps 2 MB everywhere but the case forms with files, which may send 16 MB", () => {
    for (const path of ["/", "/register", "/nominate/abc", "/notices/abc", "/notices/abc/objectx", "/account/cases/x", "/reports"]) {
      expect([path, bodyLimitBytes(path)]).toEqual([path, 2 * MB]);
    }
    for (const path of [
      "/notices/abc/object",
      "/report",
      "/zh-CN/report",
      "/en/notices/abc/object",
      "/report/",
      "/report/new",
      "/zh-CN/report/new",
    ]) {
      expect([path, bodyLimitBytes(path)]).toEqual([path, 16 * MB]);
    }
  });

  it("answers 413 in Chinese above the path's limit, before the body is read", async () => {
    const big = post("/register", { "content-length": String(2 * MB + 1) });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("提交的内容过大（超过 2 MB）");
    const bigCase = post("/report", { "content-length": String(16 * MB + 1) });
    expect(bigCase.status).toBe(413);
    expect(await bigCase.text()).toContain("超过 16 MB");
    expect(post("/notices/abc/object", { "content-length": String(16 * MB + 1) }).status).toBe(413);
  });

  it("lets a case form bring its three files of 5 MB, and other forms up to 2 MB", () => {
    // A rewrite to the locale path, not a refusal.
    expect(post("/report", { "content-length": String(15 * MB + 200_000) }).status).toBe(200);
    expect(post("/notices/abc/object", { "content-length": String(15 * MB + 200_000) }).headers.get("x-middleware-rewrite")).toContain(
      "/zh-CN/notices/abc/object",
    );
    expect(post("/register", { "content-length": String(2 * MB) }).status).toBe(200);
    // The case forms' larger limit is not a way around the 2 MB on a neighbouring path.
    expect(post("/notices/abc", { "content-length": String(3 * MB) }).status).toBe(413);
  });

  it("refuses a chunked body (no stated length) outside the case forms", async () => {
    const res = post("/register", { "transfer-encoding": "chunked" });
    expect(res.status).toBe(411);
    expect(await res.text()).toContain("未注明内容长度");
    expect(post("/report", { "transfer-encoding": "chunked" }).status).toBe(200);
  });

  it("gives Next's server actions the larger limit, which only the proxy narrows", () => {
    const config = fs.readFileSync(`${process.cwd()}/next.config.mjs`, "utf8");
    expect(config).toMatch(/bodySizeLimit: "16mb"/);
  });
});
