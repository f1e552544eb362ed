import { localePath } from "@/lib/routing/locale-path";

const q = (s = "") => new URLSearchParams(s);

describe("localePath (proxy rewrite of a visitor's URL)", () => {
  it("serves Chinese unless the cookie names another catalog", () => {
    expect(localePath("/vacancies/abc", q(), undefined)).toBe("/zh-CN/vacancies/abc");
    expect(localePath("/vacancies/abc", q(), "en")).toBe("/en/vacancies/abc");
    expect(localePath("/vacancies/abc", q(), "fr")).toBe("/zh-CN/vacancies/abc");
    expect(localePath("/vacancies/abc", q(), "")).toBe("/zh-CN/vacancies/abc");
  });

  it("maps the home page to the language root", () => {
    expect(localePath("/", q(), undefined)).toBe("/zh-CN");
    expect(localePath("/", q("x=1"), "en")).toBe("/en");
  });

  it("sends a board list with filters or a page number to its per-request twin", () => {
    expect(localePath("/vacancies", q(), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/vacancies", q("status=OPEN"), undefined)).toBe("/zh-CN/vacancies/filter");
    expect(localePath("/notices", q("page=2"), "en")).toBe("/en/notices/filter");
    expect(localePath("/policies", q("q=%E5%B9%B2%E9%83%A8"), undefined)).toBe("/zh-CN/policies/filter");
    expect(localePath("/appointments", q("kind="), undefined)).toBe("/zh-CN/appointments/filter");
  });

  it("does not count Next's own _rsc parameter as a filter", () => {
    expect(localePath("/vacancies", q("_rsc=1x2y"), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/vacancies", q("_rsc=1x2y&status=OPEN"), undefined)).toBe("/zh-CN/vacancies/filter");
  });

  it("leaves other pages' queries to the page", () => {
    expect(localePath("/search", q("q=x"), undefined)).toBe("/zh-CN/search");
    expect(localePath("/login", q("callbackUrl=/admin"), undefined)).toBe("/zh-CN/login");
    expect(localePath("/vacancies/abc", q("status=OPEN"), undefined)).toBe("/zh-CN/vacancies/abc");
  });
});
