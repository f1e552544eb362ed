import "server-only";
// The audit log's writer lives in the data layer (lib/data/audit-log.ts), which alone talks to
// the database; this path stays for the modules that import it from here.
export { appendAudit } from "../data/audit-log";
