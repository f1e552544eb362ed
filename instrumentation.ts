// Runs once when a server process starts (Next's instrumentation hook).
export async function register() {
  // Only the Node.js server serves cached pages; `next build` has nothing to keep fresh.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBoardVersionPolling } = await import("./lib/cache/board-version-poller");
  startBoardVersionPolling();
  // Background jobs (lib/jobs/registry.ts): mail delivery, sweeps, digests.
  const { startJobs } = await import("./lib/jobs/runner");
  startJobs();
}
