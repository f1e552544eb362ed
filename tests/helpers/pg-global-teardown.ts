// Jest globalTeardown: stop the server that pg-global-setup started (if it started one).
import fs from "node:fs";
import { serverKey } from "./pg-global-setup";
import { testDatabaseUrlFile, type ThrowawayPostgres } from "./pg-server";

export default async function pgGlobalTeardown(): Promise<void> {
  fs.rmSync(testDatabaseUrlFile(process.pid), { force: true });
  const holder = globalThis as Record<symbol, ThrowawayPostgres | undefined>;
  const server = holder[serverKey];
  holder[serverKey] = undefined;
  await server?.stop();
}
