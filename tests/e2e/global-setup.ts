import { startE2EServer, type E2EServer } from "./server";

const key = Symbol.for("openselect.e2e.server");

export default async function globalSetup() {
  const server = await startE2EServer();
  (globalThis as Record<symbol, E2EServer>)[key] = server;
  process.env.E2E_BASE_URL = server.baseUrl;
  process.env.E2E_DB_FILE = server.dbFile;
}

export async function stopServer() {
  await (globalThis as Record<symbol, E2EServer | undefined>)[key]?.stop();
}
