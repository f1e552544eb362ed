// Demo mode (seeded data, published demo logins, generated secrets) is for the embedded
// default only: no DATABASE_URL, or an explicit OPENSELECT_DEMO=1. Everything else is a real
// deployment: empty database, secrets from the environment, no known passwords.
export function isDemoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OPENSELECT_DEMO === "1") return true;
  if (env.OPENSELECT_DEMO === "0") return false;
  return !env.DATABASE_URL?.trim();
}
