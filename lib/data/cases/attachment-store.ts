import "server-only";
// Where case files live when not in the database: an S3-compatible object store, configured by
// OPENSELECT_S3_ENDPOINT, _BUCKET, _ACCESS_KEY, _SECRET_KEY and (optional) _REGION. Without
// them the bytes stay in the database, which every instance reads (lib/data/cases/attachments.ts).
import { createS3Store } from "./s3-store";

export interface AttachmentStore {
  put(key: string, data: Buffer, mimeType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
}

export interface S3Settings {
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  region: string;
}

const NAMES = ["OPENSELECT_S3_ENDPOINT", "OPENSELECT_S3_BUCKET", "OPENSELECT_S3_ACCESS_KEY", "OPENSELECT_S3_SECRET_KEY"] as const;

/** The object store's settings, null when none is configured; a half-made setting is an error, not a silent fallback. */
export function s3Settings(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const values = NAMES.map((n) => env[n]?.trim() ?? "");
  if (values.every((v) => !v)) return null;
  const missing = NAMES.filter((_, i) => !values[i]);
  if (missing.length) throw new Error(`S3-compatible attachment storage is half configured: ${missing.join(", ")} not set`);
  const [endpoint, bucket, accessKey, secretKey] = values as [string, string, string, string];
  if (!/^https?:\/\//.test(endpoint)) throw new Error("OPENSELECT_S3_ENDPOINT must be an http(s) URL");
  return { endpoint, bucket, accessKey, secretKey, region: env.OPENSELECT_S3_REGION?.trim() || "us-east-1" };
}

let factory: (s: S3Settings) => AttachmentStore = createS3Store;
let cached: { key: string; store: AttachmentStore } | null = null;

/** Replaces the object-store implementation (tests: an in-memory store). */
export function setObjectStoreFactory(make: (s: S3Settings) => AttachmentStore): void {
  factory = make;
  cached = null;
}

/** The configured object store, or null: files go into the database. */
export function attachmentStore(): AttachmentStore | null {
  const settings = s3Settings();
  if (!settings) return null;
  const key = JSON.stringify(settings);
  if (cached?.key !== key) cached = { key, store: factory(settings) };
  return cached.store;
}
