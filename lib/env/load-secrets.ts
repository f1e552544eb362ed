// Kept free of "server-only" so that scripts (start, seed, create-admin) can use it.
import fs from "node:fs";
import path from "node:path";
import { createHmac, randomBytes } from "node:crypto";
import { isDemoMode } from "./mode";

export interface Secrets {
  authSecret: string;
  encryptionKey: Buffer; // 32 bytes, AES-256-GCM
  hashKey: Buffer; // 32 bytes, HMAC-SHA256
  auditKey: Buffer; // 32 bytes, HMAC-SHA256 of the audit chain (lib/audit/chain.ts)
}

export const DEMO_SECRETS_FILE = path.join(process.cwd(), "data", "demo-secrets.json");

const VARS = {
  authSecret: "AUTH_SECRET",
  encryptionKey: "OPENSELECT_ENCRYPTION_KEY",
  hashKey: "OPENSELECT_HASH_KEY",
  auditKey: "OPENSELECT_AUDIT_KEY",
} as const;

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded (openssl rand -base64 32)`);
  return key;
}

/** A demo file written before the audit key existed: derive one from its hash key, the same in
 * every process (generating and writing one back could race between two starting processes). */
function withAuditKey(s: Record<keyof Secrets, string>): Record<keyof Secrets, string> {
  if (s.auditKey) return s;
  const derived = createHmac("sha256", Buffer.from(s.hashKey, "base64")).update("openselect audit chain key").digest("base64");
  return { ...s, auditKey: derived };
}

function demoSecrets(): Record<keyof Secrets, string> {
  try {
    return withAuditKey(JSON.parse(fs.readFileSync(DEMO_SECRETS_FILE, "utf8")));
  } catch {
    const generated = {
      authSecret: randomBytes(32).toString("base64"),
      encryptionKey: randomBytes(32).toString("base64"),
      hashKey: randomBytes(32).toString("base64"),
      auditKey: randomBytes(32).toString("base64"),
    };
    fs.mkdirSync(path.dirname(DEMO_SECRETS_FILE), { recursive: true });
    // "wx": if another process created it first, use theirs.
    try {
      fs.writeFileSync(DEMO_SECRETS_FILE, JSON.stringify(generated, null, 2), { flag: "wx", mode: 0o600 });
      return generated;
    } catch {
      return withAuditKey(JSON.parse(fs.readFileSync(DEMO_SECRETS_FILE, "utf8")));
    }
  }
}

export function loadSecrets(env: NodeJS.ProcessEnv): Secrets {
  const fromEnv = {
    authSecret: env.AUTH_SECRET ?? env.NEXTAUTH_SECRET,
    encryptionKey: env[VARS.encryptionKey],
    hashKey: env[VARS.hashKey],
    auditKey: env[VARS.auditKey],
  };
  let values: Record<keyof Secrets, string | undefined> = fromEnv;
  if (!fromEnv.authSecret || !fromEnv.encryptionKey || !fromEnv.hashKey || !fromEnv.auditKey) {
    if (!isDemoMode(env)) {
      const missing = (Object.keys(VARS) as (keyof Secrets)[]).filter((k) => !fromEnv[k]).map((k) => VARS[k]);
      throw new Error(`Missing secrets in the environment: ${missing.join(", ")}. See README "Deploying".`);
    }
    values = { ...demoSecrets(), ...Object.fromEntries(Object.entries(fromEnv).filter(([, v]) => v)) };
  }
  return {
    authSecret: values.authSecret!,
    encryptionKey: decodeKey(VARS.encryptionKey, values.encryptionKey!),
    hashKey: decodeKey(VARS.hashKey, values.hashKey!),
    auditKey: decodeKey(VARS.auditKey, values.auditKey!),
  };
}
