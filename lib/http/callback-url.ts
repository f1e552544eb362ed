// Where to send someone after login: only a path on this site. The value is parsed against the
// site's origin exactly as a browser would resolve it, so every spelling that a browser reads as
// another host ("/\evil", "/<tab>/evil", "//evil", "https://evil", "javascript:…") is refused,
// instead of being recognized by string tests that miss the next trick.

const MAX_LENGTH = 2048;
const DEFAULT_CALLBACK = "/account";

/** The same-origin path (pathname + search + hash) that `value` leads to, or null. */
export function sameOriginPath(value: unknown, origin: string): string | null {
  if (typeof value !== "string" || value === "" || value.length > MAX_LENGTH) return null;
  // The URL parser silently drops tabs and newlines and trims controls and spaces at the ends;
  // a value with any of them was not written by this site. (A space inside is fine: a decoded
  // query such as ?q=a b.)
  if (/[\u0000-\u001f\u007f]/.test(value) || value !== value.trim()) return null;
  let site: URL;
  let target: URL;
  try {
    site = new URL(origin);
    target = new URL(value, site);
  } catch {
    return null;
  }
  if (target.origin !== site.origin) return null;
  // "/.//evil.example" resolves to the path "//evil.example", which would be read as
  // protocol-relative when followed: such a path is not one this site makes.
  if (target.pathname.startsWith("//")) return null;
  return target.pathname + target.search + target.hash;
}

/** The path to follow after login: `value` when it is same-origin, else the account page. */
export function callbackPath(value: unknown, origin: string): string {
  return sameOriginPath(value, origin) ?? DEFAULT_CALLBACK;
}
