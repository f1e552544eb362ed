// Hole 12: HSTS and Secure cookies whenever the site's URL is https, never on plain http.
import { siteIsHttps, transportHeaders, transportSecurity, HSTS_VALUE } from "@/lib/http/transport.mjs";

const env = (NEXTAUTH_URL?: string) => ({ NEXTAUTH_URL }) as unknown as NodeJS.ProcessEnv;

describe("transportSecurity", () => {
  it("an https site gets HSTS and Secure cookies", () => {
    expect(siteIsHttps(env("https://ganbu.example.gov.cn"))).toBe(true);
    expect(transportSecurity(env("https://ganbu.example.gov.cn/"))).toEqual({ hsts: HSTS_VALUE, secureCookies: true });
    expect(transportSecurity(env(" HTTPS://GANBU.EXAMPLE.GOV.CN "))).toEqual({ hsts: HSTS_VALUE, secureCookies: true });
    expect(HSTS_VALUE).toMatch(/^max-age=\d{8,}/);
  });

  it("plain http (localhost demo) and an unset or malformed URL get neither", () => {
    for (const url of ["http://localhost:3000", undefined, "", "not a url", "ftp://x.example"]) {
      expect(siteIsHttps(env(url))).toBe(false);
      // secureCookies undefined: next-auth decides from the request's origin (AUTH_TRUST_HOST).
      expect(transportSecurity(env(url))).toEqual({ hsts: null, secureCookies: undefined });
    }
  });

  it("the site's headers carry HSTS exactly when the URL is https", () => {
    expect(transportHeaders(env("https://ganbu.example.gov.cn"))).toEqual([{ key: "Strict-Transport-Security", value: HSTS_VALUE }]);
    expect(transportHeaders(env("http://localhost:3000"))).toEqual([]);
  });
});
