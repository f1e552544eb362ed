// Jest globalSetup for PostgreSQL test runs: use TEST_DATABASE_URL when given, else start a
// throwaway server (tests/helpers/pg-server.ts) for the whole run.
//
// Jest 30 forks its workers after globalSetup, and they inherit process.env, so setting
// TEST_DATABASE_URL here reaches every test file (checked with a 2-worker run). The URL is
// also written to a file named after this process, for anything that reads it out of band
// (see testDatabaseUrlFile).
import fs from "node:fs";
import { startThrowawayPostgres, testDatabaseUrlFile, type ThrowawayPostgres } from "./pg-server";

/** globalTeardown runs in this same process: it finds the server here. */
export const serverKey = Symbol.for("openselect.jest.throwawayPostgres");

export default async function pgGlobalSetup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) {
    const server = await startThrowawayPostgres();
    (globalThis as Record<symbol, ThrowawayPostgres | undefined>)[serverKey] = server;
    process.env.TEST_DATABASE_URL = server.url;
  }
  fs.writeFileSync(testDatabaseUrlFile(process.pid), process.env.TEST_DATABASE_URL, { mode: 0o600 });
}
