import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { getSecrets } from "../env/secrets";

// Resident ID numbers are personal information (PIPL): stored AES-256-GCM encrypted, with a
// keyed hash (HMAC-SHA256, separate key) for the one-account-per-person uniqueness check.
// Ciphertext format: "v1:" + base64(iv[12] | tag[16] | ciphertext).

export function encryptField(plain: string, key: Buffer = getSecrets().encryptionKey): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return "v1:" + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function decryptField(stored: string, key: Buffer = getSecrets().encryptionKey): string {
  if (!stored.startsWith("v1:")) throw new Error("unknown ciphertext version");
  const raw = Buffer.from(stored.slice(3), "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

export function keyedHash(value: string, key: Buffer = getSecrets().hashKey): string {
  return createHmac("sha256", key).update(value).digest("hex");
}
