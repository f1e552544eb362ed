// The background job runner: each job on its own timer, never overlapping itself, a failing
// run logged (once per distinct error) and tried again, never thrown; started once per process.
import { startJobs, stopJobs } from "@/lib/jobs/runner";
import type { Job } from "@/lib/jobs/registry";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(async () => {
  await stopJobs();
  jest.restoreAllMocks();
});

test("a slow job never overlaps itself; another job keeps its own pace", async () => {
  let running = 0;
  let most = 0;
  let slowRuns = 0;
  let fastRuns = 0;
  const slow: Job = {
    name: "slow",
    everyMs: 5,
    run: async () => {
      running++;
      most = Math.max(most, running);
      await sleep(60);
      running--;
      slowRuns++;
    },
  };
  const fast: Job = { name: "fast", everyMs: 10, run: async () => void fastRuns++ };
  startJobs([slow, fast], 0);
  startJobs([slow, fast], 0); // a second start (hot reload) changes nothing
  await sleep(400);
  await stopJobs();
  expect(most).toBe(1);
  expect(slowRuns).toBeGreaterThanOrEqual(3);
  expect(slowRuns).toBeLessThanOrEqual(7);
  expect(fastRuns).toBeGreaterThan(slowRuns);
});

test("a failing run is logged, not thrown, once per distinct error; the job runs again and says when it works", async () => {
  const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const logs = jest.spyOn(console, "log").mockImplementation(() => undefined);
  let runs = 0;
  const flaky: Job = {
    name: "flaky",
    everyMs: 5,
    run: async () => {
      runs++;
      if (runs <= 4) throw new Error("database is locked");
    },
  };
  startJobs([flaky], 0);
  await sleep(200);
  await stopJobs();
  expect(runs).toBeGreaterThan(5);
  expect(errors).toHaveBeenCalledTimes(1);
  expect(String(errors.mock.calls[0][0])).toContain("job flaky failed");
  expect(logs.mock.calls.map((c) => String(c[0]))).toContain("[openselect] job flaky works again");
});

test("stopJobs waits for a run in progress", async () => {
  let finished = false;
  const long: Job = {
    name: "long",
    everyMs: 1000,
    run: async () => {
      await sleep(80);
      finished = true;
    },
  };
  startJobs([long], 0);
  await sleep(20);
  await stopJobs();
  expect(finished).toBe(true);
});
