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

  it("caches a board list per combination of its filters and page, the query moved into the path", () => {
    expect(localePath("/vacancies", q(), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/vacancies", q("status=OPEN"), undefined)).toBe("/zh-CN/vacancies/filter/status%3DOPEN");
    expect(localePath("/notices", q("page=2"), "en")).toBe("/en/notices/filter/page%3D2");
    // Sorted, so the same filters in another order share an entry.
    expect(localePath("/vacancies", q("status=OPEN&level=SECTION"), undefined)).toBe(
      localePath("/vacancies", q("level=SECTION&status=OPEN"), undefined),
    );
    expect(localePath("/vacancies", q("unit=%E8%88%9F%E5%B1%B1%E5%B8%82%E6%95%99%E8%82%B2%E5%B1%80"), undefined)).toBe(
      `/zh-CN/vacancies/filter/${encodeURIComponent("unit=" + encodeURIComponent("舟山市教育局"))}`,
    );
  });

  it("drops what the list would ignore, so noise never makes a new cache entry", () => {
    // The filter form sends every field, empty ones too.
    expect(localePath("/vacancies", q("status=&unit=&level=&q="), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/vacancies", q("page=1"), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/vacancies", q("utm_source=wechat&page=abc&status=<script>"), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/policies", q("status=OPEN"), undefined)).toBe("/zh-CN/policies");
    expect(localePath("/appointments", q("page=99999"), undefined)).toBe("/zh-CN/appointments");
    expect(localePath("/vacancies", q(`unit=${"单".repeat(101)}`), undefined)).toBe("/zh-CN/vacancies");
    // A repeated key counts by its first value, as on the page.
    expect(localePath("/notices", q("state=ACTIVE&state=ENDED"), undefined)).toBe("/zh-CN/notices/filter/state%3DACTIVE");
  });

  it("caches a free-text search per query too, cut to the 50 characters the pages read", () => {
    const key = (query: string) => encodeURIComponent(new URLSearchParams(query).toString());
    expect(localePath("/policies", q("q=%E5%B9%B2%E9%83%A8"), undefined)).toBe(`/zh-CN/policies/filter/${key("q=干部")}`);
    expect(localePath("/vacancies", q("q=%E6%B8%AF&status=OPEN"), "en")).toBe(`/en/vacancies/filter/${key("q=港&status=OPEN")}`);
    expect(localePath("/vacancies", q("q=%20%20"), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/vacancies", q(`q=${"港".repeat(60)}`), undefined)).toBe(`/zh-CN/vacancies/filter/${key(`q=${"港".repeat(50)}`)}`);
    // /search likewise, with its board tabs and pages.
    expect(localePath("/search", q("q=x&kind=policies&page=2&utm=1"), undefined)).toBe(
      `/zh-CN/search/filter/${key("kind=policies&page=2&q=x")}`,
    );
    expect(localePath("/search", q("kind=users"), undefined)).toBe("/zh-CN/search");
    // Every tab of the page is a kind the proxy keeps, training included.
    expect(localePath("/search", q("q=x&kind=training"), undefined)).toBe(`/zh-CN/search/filter/${key("kind=training&q=x")}`);
    expect(localePath("/search", q(), undefined)).toBe("/zh-CN/search");
  });

  it("does not count Next's own _rsc parameter as a filter", () => {
    expect(localePath("/vacancies", q("_rsc=1x2y"), undefined)).toBe("/zh-CN/vacancies");
    expect(localePath("/vacancies", q("_rsc=1x2y&status=OPEN"), undefined)).toBe("/zh-CN/vacancies/filter/status%3DOPEN");
  });

  it("leaves other pages' queries to the page", () => {
    expect(localePath("/login", q("callbackUrl=/admin"), undefined)).toBe("/zh-CN/login");
    expect(localePath("/vacancies/abc", q("status=OPEN"), undefined)).toBe("/zh-CN/vacancies/abc");
  });
});
