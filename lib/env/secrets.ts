import "server-only";
import { loadSecrets, type Secrets } from "./load-secrets";

let cached: Secrets | undefined;

/** The process's secrets: from the environment in a configured deployment, from a generated
 * git-ignored file in demo mode. Throws (and the server refuses to start) when missing. */
export function getSecrets(): Secrets {
  cached ??= loadSecrets(process.env);
  return cached;
}
