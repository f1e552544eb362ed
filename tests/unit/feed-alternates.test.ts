// The feeds' <link rel="alternate"> in the page head: with NEXTAUTH_URL unset they pointed at
// http://localhost:3000 (Next's fallback base) whatever port or host served the page. Now the
// base is the configured origin or none, and Next then leaves the links relative, so the
// browser resolves them against the page's own origin.
import { resolveAlternates } from "next/dist/lib/metadata/resolvers/resolve-basics";
import { metadataBaseFor } from "@/lib/feeds/metadata-base";
import { feedAlternates } from "@/components/boards/feed-links";

const resolve = async (base: URL | null) => {
  const r = await resolveAlternates(feedAlternates("vacancies", "空缺岗位"), base, Promise.resolve("/vacancies"), {
    trailingSlash: false,
    pathname: "/vacancies",
    isStaticMetadataRouteFile: false,
  } as never);
  return r?.types;
};

test("without NEXTAUTH_URL: no base, and the feed links stay relative (never localhost:3000)", async () => {
  expect(metadataBaseFor({})).toBeNull();
  expect(metadataBaseFor({ NEXTAUTH_URL: "  " })).toBeNull();
  const types = await resolve(metadataBaseFor({}));
  expect(types?.["application/rss+xml"]?.[0]?.url).toBe("/feeds/vacancies/rss.xml");
  expect(types?.["application/atom+xml"]?.[0]?.url).toBe("/feeds/vacancies/atom.xml");
  expect(JSON.stringify(types)).not.toContain("localhost");
});

test("with NEXTAUTH_URL: the configured origin", async () => {
  const base = metadataBaseFor({ NEXTAUTH_URL: "https://ganbu.example.gov.cn" });
  expect(base?.origin).toBe("https://ganbu.example.gov.cn");
  const types = await resolve(base);
  expect(types?.["application/rss+xml"]?.[0]?.url).toBe("https://ganbu.example.gov.cn/feeds/vacancies/rss.xml");
});

test("a malformed NEXTAUTH_URL is no base rather than a crash of every page", () => {
  expect(metadataBaseFor({ NEXTAUTH_URL: "not a url" })).toBeNull();
});
