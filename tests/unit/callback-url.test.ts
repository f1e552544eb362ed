// Hole 3: /login?callbackUrl=/%5Cevil.example/x (and /%09/evil.example/x) sent the user to
// evil.example after login. Only same-origin paths are followed, decided by parsing the value
// against the site's origin as a browser would.
import { callbackPath, sameOriginPath } from "@/lib/http/callback-url";

const ORIGIN = "https://ganbu.example.gov.cn";

describe("sameOriginPath", () => {
  it.each([
    ["/\\evil.example/x", "the reported backslash (query value /%5Cevil.example/x)"],
    ["/\t/evil.example/x", "the reported tab (query value /%09/evil.example/x)"],
    ["//evil.example/x", "protocol-relative"],
    ["\\\\evil.example/x", "two backslashes"],
    ["/\\/evil.example", "slash, backslash, slash"],
    ["https://evil.example/x", "another origin"],
    ["http://ganbu.example.gov.cn/x", "same host over http"],
    ["https://ganbu.example.gov.cn.evil.example/x", "a look-alike host"],
    ["https://ganbu.example.gov.cn@evil.example/x", "credentials trick"],
    ["javascript:alert(1)", "javascript: URL"],
    ["JaVaScRiPt:alert(1)", "javascript: in mixed case"],
    ["data:text/html,<script>alert(1)</script>", "data: URL"],
    ["/\r\n/evil.example/x", "CR/LF"],
    [" //evil.example", "leading space"],
    ["\u0000//evil.example", "leading NUL"],
  ])("refuses %j (%s)", (value) => {
    expect(sameOriginPath(value, ORIGIN)).toBeNull();
  });

  it("refuses a path that the URL parser turns into //host", () => {
    // "/.//evil.example" normalizes to the path "//evil.example", which a browser would read
    // as protocol-relative if it were followed as written.
    const p = sameOriginPath("/.//evil.example/x", ORIGIN);
    expect(p === null || !p.startsWith("//")).toBe(true);
  });

  it("accepts same-origin paths and keeps query and fragment", () => {
    expect(sameOriginPath("/account", ORIGIN)).toBe("/account");
    expect(sameOriginPath("/admin/registrations?status=PENDING&page=2#list", ORIGIN)).toBe(
      "/admin/registrations?status=PENDING&page=2#list",
    );
    expect(sameOriginPath("https://ganbu.example.gov.cn/nominate?vacancy=abc", ORIGIN)).toBe("/nominate?vacancy=abc");
    expect(sameOriginPath("/%E6%94%BF%E7%AD%96", ORIGIN)).toBe("/%E6%94%BF%E7%AD%96");
  });

  it("refuses what is not a string or is absurdly long", () => {
    expect(sameOriginPath(undefined, ORIGIN)).toBeNull();
    expect(sameOriginPath(["/account"], ORIGIN)).toBeNull();
    expect(sameOriginPath("", ORIGIN)).toBeNull();
    expect(sameOriginPath("/" + "a".repeat(5000), ORIGIN)).toBeNull();
  });

  it("callbackPath falls back to the account page", () => {
    expect(callbackPath("/\\evil.example/x", ORIGIN)).toBe("/account");
    expect(callbackPath("/admin", ORIGIN)).toBe("/admin");
    expect(callbackPath(undefined, ORIGIN)).toBe("/account");
  });
});

it("keeps a decoded space inside a query", () => {
  expect(sameOriginPath("/search?q=干部 任免", "https://ganbu.example.gov.cn")).toBe("/search?q=%E5%B9%B2%E9%83%A8%20%E4%BB%BB%E5%85%8D");
});
