// Hole 11 (issue 8): the origin of the feeds', sitemap's and robots' absolute links. Without a
// configured site URL and without trusted proxies, X-Forwarded-Host/Proto come from the client
// and must be ignored; with OPENSELECT_TRUSTED_PROXIES=n, the value the outermost trusted proxy
// saw is used.
let mockHeaders = new Headers();
jest.mock("next/headers", () => ({ headers: async () => mockHeaders }));

import { siteOrigin } from "@/lib/feeds/origin";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function request(h: Record<string, string>, env: Record<string, string | undefined> = {}) {
  mockHeaders = new Headers(h);
  delete process.env.NEXTAUTH_URL;
  delete process.env.OPENSELECT_TRUSTED_PROXIES;
  for (const [k, v] of Object.entries(env)) if (v !== undefined) process.env[k] = v;
  return siteOrigin();
}

describe("siteOrigin", () => {
  test("no proxy trusted: X-Forwarded-Host and -Proto are the client's and are ignored", async () => {
    expect(await request({ host: "rsxt.example.gov.cn", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" })).toBe(
      "http://rsxt.example.gov.cn",
    );
    expect(await request({ host: "rsxt.example.gov.cn", "x-forwarded-host": "evil.example" }, { OPENSELECT_TRUSTED_PROXIES: "0" })).toBe(
      "http://rsxt.example.gov.cn",
    );
  });

  test("the configured site URL wins over every header", async () => {
    const h = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };
    expect(await request(h, { NEXTAUTH_URL: "https://rsxt.example.gov.cn/" })).toBe("https://rsxt.example.gov.cn");
    expect(await request(h, { NEXTAUTH_URL: "https://rsxt.example.gov.cn", OPENSELECT_TRUSTED_PROXIES: "1" })).toBe(
      "https://rsxt.example.gov.cn",
    );
  });

  test("one trusted proxy: its X-Forwarded-Host and -Proto, not what the client prepended", async () => {
    const env = { OPENSELECT_TRUSTED_PROXIES: "1" };
    expect(await request({ host: "app:3000", "x-forwarded-host": "rsxt.example.gov.cn", "x-forwarded-proto": "https" }, env)).toBe(
      "https://rsxt.example.gov.cn",
    );
    expect(
      await request({ host: "app:3000", "x-forwarded-host": "evil.example, rsxt.example.gov.cn", "x-forwarded-proto": "http, https" }, env),
    ).toBe("https://rsxt.example.gov.cn");
    expect(await request({ host: "rsxt.example.gov.cn" }, env)).toBe("http://rsxt.example.gov.cn");
  });

  test("two trusted proxies: the value the outer one saw", async () => {
    const h = {
      host: "app:3000",
      "x-forwarded-host": "evil.example, rsxt.example.gov.cn, lb.internal",
      "x-forwarded-proto": "http, https, http",
    };
    expect(await request(h, { OPENSELECT_TRUSTED_PROXIES: "2" })).toBe("https://rsxt.example.gov.cn");
  });

  test("a malformed host or protocol never reaches a link", async () => {
    expect(await request({ host: "evil.example/phish?x=" })).toBe("http://localhost");
    expect(await request({ host: "a b" })).toBe("http://localhost");
    expect(
      await request(
        { host: "rsxt.example.gov.cn", "x-forwarded-host": "x/y", "x-forwarded-proto": "javascript" },
        { OPENSELECT_TRUSTED_PROXIES: "1" },
      ),
    ).toBe("http://rsxt.example.gov.cn");
    expect(await request({ host: "[::1]:3000" })).toBe("http://[::1]:3000");
    expect(await request({ host: "localhost:3000" })).toBe("http://localhost:3000");
  });
});
