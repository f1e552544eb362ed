// How many reverse proxies in front of the app are trusted to set X-Forwarded-* headers.
// 0 (the default) means none: the client sets those headers freely, so the app ignores them
// and uses the connection's own address and the configured site URL.

/** OPENSELECT_TRUSTED_PROXIES: a whole number of proxy hops, 0 when unset or malformed. */
export function trustedProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  const raw = (env.OPENSELECT_TRUSTED_PROXIES ?? "").trim();
  return /^\d{1,2}$/.test(raw) ? Number(raw) : 0;
}
