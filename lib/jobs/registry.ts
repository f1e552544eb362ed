// The background jobs every server process runs (started from instrumentation.ts by
// lib/jobs/runner.ts). Each job must be safe to run on many instances at once: it claims its
// work in the database (row locks, JobMark keys), never in process memory.

export interface Job {
  name: string;
  /** How often the runner calls it. */
  everyMs: number;
  run: (now: Date) => Promise<void>;
}

export const JOBS: Job[] = [];
