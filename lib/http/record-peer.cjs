// Preloaded into `next start` by scripts/start.ts (node --require): appends the connection's own
// address to X-Forwarded-For before Next sees the request, as a reverse proxy would. Next itself
// only sets that header when it is missing, so without this a client could name any address and
// the per-address limits would count whatever it chose (lib/http/client-address.ts).
//
// Node publishes "http.server.request.start" synchronously before the server's "request" event,
// so this runs for every request ahead of Next's handler, without wrapping Next's server.
"use strict";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- preloaded by node --require: CommonJS
const diagnostics = require("node:diagnostics_channel");

/** @param {{ request: import("node:http").IncomingMessage, socket: import("node:net").Socket }} message */
function appendPeer({ request, socket }) {
  const peer = socket.remoteAddress;
  if (!peer) return;
  const prior = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
}

if (!globalThis.__openselectRecordPeer) {
  globalThis.__openselectRecordPeer = true;
  diagnostics.subscribe("http.server.request.start", appendPeer);
}
