import { stopServer } from "./global-setup";

export default async function globalTeardown() {
  await stopServer();
}
