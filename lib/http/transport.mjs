// @ts-check
// Whether the site is served over https, decided from its configured URL (NEXTAUTH_URL): then
// browsers are told to use https only (HSTS) and the session cookies are marked Secure. Plain
// http (the localhost demo) gets neither, or the demo could not be reached or signed in to.
// Plain JavaScript because next.config.mjs reads it too (for the headers).

/** Two years, subdomains included; no preload (that is a separate, deliberate step). */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** True when NEXTAUTH_URL is an https URL. */
export function siteIsHttps(env = process.env) {
  const raw = (env.NEXTAUTH_URL ?? "").trim();
  try {
    return new URL(raw).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * hsts: the Strict-Transport-Security value to send, or null. secureCookies: true for an https
 * site; otherwise undefined, which leaves next-auth's own rule (the request's origin: with
 * AUTH_TRUST_HOST behind an https proxy that sets X-Forwarded-Proto, still Secure).
 * @returns {{ hsts: string | null, secureCookies: true | undefined }}
 */
export function transportSecurity(env = process.env) {
  const https = siteIsHttps(env);
  return { hsts: https ? HSTS_VALUE : null, secureCookies: https ? true : undefined };
}

/**
 * The response headers for next.config.mjs. Next bakes custom headers into the build, so the
 * build must be redone when NEXTAUTH_URL changes between http and https.
 * @returns {{ key: string, value: string }[]}
 */
export function transportHeaders(env = process.env) {
  const { hsts } = transportSecurity(env);
  return hsts ? [{ key: "Strict-Transport-Security", value: hsts }] : [];
}
