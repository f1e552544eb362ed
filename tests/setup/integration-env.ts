// Runs before each integration test file's modules load: point the app at this file's own
// database and give it fixed test secrets (never the demo file).
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

process.env.OPENSELECT_DEMO = "0";
process.env.AUTH_SECRET = "test-auth-secret-0123456789abcdef";
process.env.OPENSELECT_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
process.env.OPENSELECT_HASH_KEY = Buffer.alloc(32, 9).toString("base64");
process.env.OPENSELECT_AUDIT_KEY = Buffer.alloc(32, 11).toString("base64");
// The audit chain's checkpoints go to this file's own file (removed after it), on both databases.
process.env.OPENSELECT_AUDIT_CHECKPOINTS = `file:${path.join(os.tmpdir(), `openselect-test-${process.pid}-${randomBytes(6).toString("hex")}-audit-checkpoints.log`)}`;

const pg = process.env.TEST_DATABASE_URL;
if (pg && /^postgres/.test(pg)) {
  // integration-db.ts creates this database before the tests run.
  const name = `t_${randomBytes(6).toString("hex")}`;
  const url = new URL(pg);
  process.env.OPENSELECT_TEST_PG_ADMIN_URL = pg;
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  process.env.DATABASE_URL = `file:${path.join(os.tmpdir(), `openselect-test-${process.pid}-${randomBytes(6).toString("hex")}.db`)}`;
}
