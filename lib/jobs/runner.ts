import "server-only";
// Runs every background job of lib/jobs/registry.ts in this server process (started once from
// instrumentation.ts). Each job runs on its own timer, the next run `everyMs` after the last
// one ended, so a slow run never overlaps the next one of the same job. A failing run is logged
// (once per distinct error, and when the job recovers) and never thrown: the server goes on, and
// the job tries again on its next turn. The jobs themselves claim their work in the database,
// so every instance may run them at once.
import { JOBS, type Job } from "./registry";

interface Running {
  stopped: boolean;
  timers: Map<string, NodeJS.Timeout>;
  active: Set<Promise<void>>;
}

const g = globalThis as unknown as { openselectJobs?: Running };

function schedule(state: Running, job: Job, delayMs: number, lastError: { text: string | null }): void {
  if (state.stopped) return;
  const timer = setTimeout(() => {
    const run = (async () => {
      try {
        await job.run(new Date());
        if (lastError.text) console.log(`[openselect] job ${job.name} works again`);
        lastError.text = null;
      } catch (e) {
        const text = e instanceof Error ? e.message : String(e);
        if (text !== lastError.text) console.error(`[openselect] job ${job.name} failed (will retry):`, e);
        lastError.text = text;
      }
    })();
    state.active.add(run);
    void run.finally(() => {
      state.active.delete(run);
      schedule(state, job, job.everyMs, lastError);
    });
  }, delayMs);
  timer.unref();
  state.timers.set(job.name, timer);
}

/** Starts the jobs once per process; a second call does nothing. The first runs start after `firstDelayMs`. */
export function startJobs(jobs: readonly Job[] = JOBS, firstDelayMs = 2_000): void {
  if (g.openselectJobs) return;
  const state: Running = { stopped: false, timers: new Map(), active: new Set() };
  g.openselectJobs = state;
  for (const job of jobs) schedule(state, job, firstDelayMs, { text: null });
}

/** Stops scheduling and waits for runs in progress (tests, and a clean shutdown). */
export async function stopJobs(): Promise<void> {
  const state = g.openselectJobs;
  if (!state) return;
  state.stopped = true;
  for (const t of state.timers.values()) clearTimeout(t);
  await Promise.all([...state.active]);
  g.openselectJobs = undefined;
}
