// The base every page's metadata URLs (the feeds' <link rel="alternate"> in the head) are
// resolved against. Only a configured NEXTAUTH_URL is a site origin known ahead of a request;
// without it the links stay relative ("/feeds/vacancies/rss.xml"), which the browser and feed
// readers resolve against the address the page was actually served from — the same origin the
// feeds themselves use (lib/feeds/origin.ts). Reading the request's headers here instead would
// make every cached public page per-request. (Next's own fallback, http://localhost:3000,
// pointed the links at the wrong server on any other port or host.)
export function metadataBaseFor(env: { NEXTAUTH_URL?: string } = process.env): URL | null {
  const configured = env.NEXTAUTH_URL?.trim();
  if (!configured) return null;
  try {
    return new URL(configured);
  } catch {
    return null;
  }
}
