// Nomination bench (a suite of `npm run bench`, registered in bench/run.ts; also runnable on
// its own: `npx tsx --conditions=react-server bench/nominations.ts`, which then makes its own
// database and skips the HTTP figures).
//
// Seeds 20,000 approved users and 100,000 nominations (90,000 targeted over the bench's 2,000
// vacancies, one of them the busiest with 6,000; 10,000 for the talent pool) with bulk inserts
// straight into the SQLite file, then measures in one run:
//   - submissions per second through the real path of the form action — fresh actor from the
//     database (what currentActor() does after reading the session), zod parse of the form,
//     submitNomination (transaction, window/cap/duplicate checks, candidate match, audit) —
//     against a bare insert-only ceiling (one prisma.nomination.create, nothing else), the two
//     alternating in rounds and each ratio taken within its round;
//   - the reviewer's tally for the busiest vacancy and the whole review screen;
//   - the nominator's 我的推荐 (listMyNominations) for a nominator with 500 nominations;
//   - the number of SQL queries of each of those, counted with Prisma's query event, once at
//     1,000 nominations and again at 100,000: it must not grow with the data;
//   - with a running server (inside `npm run bench`): the review page and 我的推荐 over HTTP
//     with real sessions (autocannon).
import Database from "better-sqlite3";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { BenchContext } from "./context";
import { benchNominationForm, REASONS } from "./nomination-form";
import { runStandalone } from "./standalone";
import { benchSignedInPages } from "./signed-in-pages";

const USERS = 20_000;
const FRESH_USERS = 3_000; // no seeded nominations: they submit during the bench
const CANDIDATES = 40_000;
const TARGETED = 90_000;
const OPEN = 10_000;
const BUSIEST = 6_000;
const HEAVY = 500; // nominations of the demo nominator (我的推荐)
const SUBMISSIONS = 2_000;
const DAY = 86_400_000;

interface Counter {
  queries: number;
  trace?: boolean;
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

type Row = Record<string, string | number | boolean | Date | null>;

/**
 * Straight into SQLite with one prepared statement per table in one transaction (~50× faster
 * than createMany through the adapter). Values are written as Prisma's SQLite adapter writes
 * them: DateTime as ISO text with "+00:00", Boolean as 0/1.
 */
function bulkInsert(file: string, table: string, rows: Row[]): void {
  if (rows.length === 0) return;
  const stamp = new Date();
  const withTimes = (r: Row): Row => ({
    ...r,
    ...("updatedAt" in r || !UPDATED_AT.has(table) ? {} : { updatedAt: stamp }),
    ...("createdAt" in r || !CREATED_AT.has(table) ? {} : { createdAt: stamp }),
  });
  const cols = Object.keys(withTimes(rows[0]));
  const conn = new Database(file);
  try {
    const stmt = conn.prepare(
      `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
    );
    const value = (v: Row[string]) =>
      v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v;
    conn.transaction(() => {
      for (const r of rows) {
        const full = withTimes(r);
        stmt.run(cols.map((c) => value(full[c] ?? null)));
      }
    })();
  } finally {
    conn.close();
  }
}
const UPDATED_AT = new Set(["User", "Candidate", "Nomination"]);
const CREATED_AT = new Set(["User", "Candidate"]);

/** Deterministic pseudo-random numbers, so every bench database is the same. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

export async function benchNominations(ctx: BenchContext): Promise<void> {
  const { log } = ctx;
  // The app's data layer reads DATABASE_URL on first use; point it at the bench database and
  // give it a client that counts queries.
  process.env.DATABASE_URL = ctx.dbUrl;
  // The server's SQLite adapter (its compiled statements kept: lib/db/statement-cache.ts).
  const { createPrismaClient, sqliteAdapter } = await import("../lib/db/client");
  const { PrismaClient: Client } = await import("../lib/generated/prisma/client");
  const { sqliteFile } = await import("../lib/db/url");
  const counter: Counter = { queries: 0 };
  const counted = new Client({
    adapter: sqliteAdapter(ctx.dbUrl),
    log: [{ emit: "event", level: "query" }],
    errorFormat: "minimal",
  });
  // The timed runs use a client configured as the server's (NODE_ENV=production: "minimal" errors,
  // so no call site is captured per call; no query log): counting queries through an event per
  // statement and capturing stacks cost the 12-statement submission more than the one-statement
  // ceiling, and production pays neither. Queries are counted in a pass of their own.
  const asServer = new Client({
    adapter: sqliteAdapter(ctx.dbUrl),
    errorFormat: "minimal",
  });
  const switchClient = (c: PrismaClient) => ((globalThis as unknown as { openselectPrisma?: PrismaClient }).openselectPrisma = c);
  counted.$on("query", (e) => {
    counter.queries++;
    // BENCH_TRACE=1 prints every statement with its time, to see where a submission goes.
    if (process.env.BENCH_TRACE && counter.trace) console.log(`  ${e.duration.toFixed(2).padStart(6)} ms  ${e.query.slice(0, 150)}`);
  });
  (globalThis as unknown as { openselectPrisma?: PrismaClient }).openselectPrisma = counted;
  const seeder = createPrismaClient(ctx.dbUrl);

  const { loadActor } = await import("../lib/auth/session");
  const { parseNominationForm } = await import("../lib/validation/nomination");
  const nominations = await import("../lib/data/nominations");
  const review = await import("../lib/data/nomination-review");
  const { receiptNumber } = await import("../lib/nominations/receipt");
  const { candidateMatchKey } = await import("../lib/nominations/match-key");
  const { serializeNominee } = await import("../lib/nominations/snapshot");
  const { slotKeyFor, uniqueKeyFor } = await import("../lib/nominations/rules");

  const now = Date.now();
  const r = rng(20261128);
  const vacancies = await seeder.vacancy.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, opensAt: true, closesAt: true },
    orderBy: { id: "asc" },
  });
  const open = vacancies.filter((v) => v.opensAt.getTime() <= now && v.closesAt.getTime() > now);
  if (open.length < 10) throw new Error("the bench needs published vacancies with open windows (seed the boards first)");
  const busiest = open[0];
  const others = vacancies.filter((v) => v.id !== busiest.id);
  const reviewer = await seeder.user.findFirstOrThrow({ where: { role: "REVIEWER", status: "APPROVED" }, select: { id: true } });
  const heavy = await seeder.user.findFirstOrThrow({ where: { phone: "13900000003" }, select: { id: true, realName: true } });

  // ——— Seed ———
  let t0 = Date.now();
  const userRows = Array.from({ length: USERS }, (_, i) => ({
    id: `bu${String(i).padStart(6, "0")}`,
    realName: `推荐人${i}`,
    idCipher: `bench-${i}`,
    idHash: `bench-hash-${i}`,
    idMasked: "3309**********0000",
    birthDate: new Date(Date.UTC(1970 + (i % 30), i % 12, 1 + (i % 28))),
    gender: i % 2 ? "M" : "F",
    phone: `150${String(i).padStart(8, "0")}`,
    workUnit: "舟山市普陀区农林水利局",
    position: "科员",
    politicalStatus: "CPC_MEMBER",
    passwordHash: "x",
    role: "NOMINATOR",
    status: "APPROVED",
    consentAt: new Date(now - 400 * DAY),
  }));
  const file = sqliteFile(ctx.dbUrl);
  bulkInsert(file, "User", userRows);
  const candidateRows = Array.from({ length: CANDIDATES }, (_, i) => ({
    id: `bc${String(i).padStart(6, "0")}`,
    name: `候选人${i}`,
    gender: i % 3 ? "M" : "F",
    birthDate: new Date(Date.UTC(1972 + (i % 22), i % 12, 1 + (i % 28))),
    workUnit: "舟山市海洋经济发展局",
    currentPost: "科长",
    currentLevel: ["DEPUTY_SECTION", "SECTION", "DEPUTY_DIVISION"][i % 3],
    yearsAtLevel: 1 + (i % 8),
    education: ["BACHELOR", "MASTER", "JUNIOR_COLLEGE"][i % 3],
  }));
  bulkInsert(file, "Candidate", candidateRows);
  bulkInsert(
    file,
    "CandidateAlias",
    candidateRows.map((c) => ({ matchKey: candidateMatchKey(c), candidateId: c.id })),
  );
  log(`seeded ${USERS} users and ${CANDIDATES} candidates in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const receipts = new Set<string>();
  const receipt = (kind: "TARGETED" | "OPEN", at: Date) => {
    let x = receiptNumber(kind, at);
    while (receipts.has(x)) x = receiptNumber(kind, at);
    receipts.add(x);
    return x;
  };
  let seq = 0;
  const row = (
    kind: "TARGETED" | "OPEN",
    vacancyId: string | null,
    nominatorId: string,
    nominatorName: string,
    c: (typeof candidateRows)[number],
    at: Date,
  ) => ({
    id: `bn${String(seq++).padStart(7, "0")}`,
    receiptNo: receipt(kind, at),
    kind,
    vacancyId,
    nominatorId,
    candidateId: c.id,
    isSelf: false,
    relationship: "COLLEAGUE",
    ...REASONS,
    suitableField: kind === "OPEN" ? "ECONOMY" : null,
    flags: "[]",
    nominee: serializeNominee({ ...c, phone: null }),
    signedName: nominatorName,
    status: "SUBMITTED",
    submittedAt: at,
    expiresAt: kind === "OPEN" ? new Date(at.getTime() + 365 * DAY) : null,
    uniqueKey: uniqueKeyFor({ kind, vacancyId, nominatorId, candidateId: c.id }),
    slotKey: vacancyId ? slotKeyFor(vacancyId, nominatorId, 1) : null,
  });

  // Every nominator names at most one person per vacancy (cap 1 in the bench boards).
  const all: ReturnType<typeof row>[] = [];
  const seededUsers = USERS - FRESH_USERS;
  for (let i = 0; i < BUSIEST; i++) {
    const c = candidateRows[Math.floor(r() ** 2 * 300)]; // a few popular people, a long tail
    all.push(
      row(
        "TARGETED",
        busiest.id,
        userRows[i].id,
        userRows[i].realName,
        c,
        new Date(busiest.opensAt.getTime() + Math.floor(r() * (now - busiest.opensAt.getTime()))),
      ),
    );
  }
  for (let i = 0; i < HEAVY; i++) {
    const v = others[i];
    all.push(
      row("TARGETED", v.id, heavy.id, heavy.realName, candidateRows[(i * 37) % CANDIDATES], new Date(v.opensAt.getTime() + DAY / 2)),
    );
  }
  for (let i = 0, k = 0; all.length < TARGETED; i++) {
    const u = userRows[i % seededUsers];
    const v = others[(Math.floor(i / seededUsers) * 397 + i * 7) % others.length];
    k++;
    all.push(row("TARGETED", v.id, u.id, u.realName, candidateRows[(k * 7919) % CANDIDATES], new Date(v.opensAt.getTime() + DAY / 3)));
  }
  for (let i = 0; i < OPEN; i++) {
    const u = userRows[i % seededUsers];
    all.push(row("OPEN", null, u.id, u.realName, candidateRows[(i * 13) % CANDIDATES], new Date(now - Math.floor(r() * 360) * DAY)));
  }
  // Drop the rare key collisions of the spread above, as the database would.
  const seen = new Set<string>();
  const rows = all.filter((x) => {
    const keys = [x.uniqueKey, x.slotKey].filter(Boolean) as string[];
    if (keys.some((k) => seen.has(k))) return false;
    keys.forEach((k) => seen.add(k));
    return true;
  });

  // Queries per screen must not grow with the data: measure at 1,000 nominations, then at all.
  const measureQueries = async () => {
    const q = async (fn: () => Promise<unknown>) => {
      const before = counter.queries;
      await fn();
      return counter.queries - before;
    };
    const rev = (await loadActor(reviewer.id))!;
    const nom = (await loadActor(heavy.id))!;
    return {
      tally: await q(() => review.vacancyTally(rev, busiest.id)),
      reviewScreen: await q(() => review.getVacancyReview(rev, busiest.id)),
      myNominations: await q(() => nominations.listMyNominations(nom)),
      vacancyList: await q(() => review.listVacanciesForReview(rev)),
    };
  };
  t0 = Date.now();
  bulkInsert(file, "Nomination", rows.slice(0, 1_000));
  const small = await measureQueries();
  bulkInsert(file, "Nomination", rows.slice(1_000));
  const total = await seeder.nomination.count();
  const busiestCount = await seeder.nomination.count({ where: { vacancyId: busiest.id } });
  const heavyCount = await seeder.nomination.count({ where: { nominatorId: heavy.id } });
  log(
    `seeded ${total} nominations (busiest vacancy ${busiestCount}, demo nominator ${heavyCount}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const large = await measureQueries();

  // ——— Submissions through the form path vs an insert-only ceiling ———
  const fresh = userRows.slice(seededUsers);
  async function submitVia(i: number) {
    const u = fresh[i % fresh.length];
    const v = open[1 + (i % (open.length - 1))];
    const actor = await loadActor(u.id); // the session's user, read fresh as currentActor() does
    const parsed = parseNominationForm("TARGETED", benchNominationForm(i, v.id, u.realName));
    if (!parsed.success) throw new Error("bench form did not validate");
    await nominations.submitNomination(actor, parsed.data);
  }
  // CPU milliseconds per operation of the last run: this process's own work (the app's JavaScript
  // and SQLite's, which runs in it), which other processes on a shared machine disturb far less
  // than the wall-clock rates.
  let cpuPerOp = 0;
  async function run(n: number, concurrency: number, one: (i: number) => Promise<void>, offset: number) {
    let next = 0;
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) await one(offset + next++);
      }),
    );
    const rate = n / ((performance.now() - start) / 1000);
    const cpu = process.cpuUsage(cpu0);
    cpuPerOp = (cpu.user + cpu.system) / 1000 / n;
    return rate;
  }
  if (process.env.BENCH_TRACE) {
    counter.trace = true;
    const s0 = performance.now();
    await submitVia(SUBMISSIONS + 1);
    console.log(`  one submission: ${(performance.now() - s0).toFixed(1)} ms`);
    counter.trace = false;
  }
  const COUNTED = 50;
  const q0 = counter.queries;
  await run(COUNTED, 1, submitVia, SUBMISSIONS + 10);
  const queriesPerSubmit = (counter.queries - q0) / COUNTED;
  switchClient(asServer);
  const candidate = candidateRows[0];
  async function insertOnly(i: number) {
    await asServer.nomination.create({
      data: {
        receiptNo: receipt("OPEN", new Date()),
        kind: "OPEN",
        nominatorId: fresh[i % fresh.length].id,
        candidateId: candidate.id,
        relationship: "COLLEAGUE",
        ...REASONS,
        signedName: "x",
        status: "WITHDRAWN",
      },
      select: { id: true },
    });
  }
  // The form path and the ceiling alternate in rounds, each ratio taken within its round: this
  // machine's speed (and its disk's, each commit waits for one flush) drifts by tens of percent
  // within minutes, and measured one after the other the two halves of a ratio would see
  // different machines. Medians of the rounds are reported.
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS) || 3);
  const per = Math.floor(SUBMISSIONS / 2 / rounds);
  const figures = { seq: [] as number[][], par: [] as number[][] }; // [form/s, ceiling/s, form CPU, ceiling CPU]
  for (let r = 0; r < rounds; r++) {
    for (const [name, concurrency, offset] of [
      ["seq", 1, 0],
      ["par", 16, SUBMISSIONS / 2],
    ] as const) {
      const form = await run(per, concurrency, submitVia, offset + r * per);
      const formCpu = cpuPerOp;
      const ceiling = await run(per, concurrency, insertOnly, offset + r * per);
      figures[name].push([form, ceiling, formCpu, cpuPerOp]);
    }
  }
  switchClient(counted);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const col = (rows: number[][], k: number) => median(rows.map((x) => x[k]));
  const ratios = (rows: number[][]) => rows.map((x) => (100 * x[0]) / x[1]);
  const [seqRate, ceilSeq, seqCpu, ceilSeqCpu] = [0, 1, 2, 3].map((k) => col(figures.seq, k));
  const [parRate, ceilPar, parCpu, ceilParCpu] = [0, 1, 2, 3].map((k) => col(figures.par, k));
  const pct = (xs: number[]) => xs.map((x) => `${x.toFixed(0)}%`).join(", ");
  log(
    `submissions via form path   ${seqRate.toFixed(0).padStart(6)} /s sequential, ${parRate.toFixed(0).padStart(6)} /s with 16 concurrent  (${queriesPerSubmit.toFixed(1)} queries each, audit included; medians of ${rounds} rounds of ${per})`,
  );
  log(
    `insert-only ceiling         ${ceilSeq.toFixed(0).padStart(6)} /s sequential, ${ceilPar.toFixed(0).padStart(6)} /s with 16 concurrent  (each round right after the form path's)`,
  );
  log(
    `form path / ceiling         ${median(ratios(figures.seq)).toFixed(0)}% sequential (rounds ${pct(ratios(figures.seq))}), ${median(ratios(figures.par)).toFixed(0)}% concurrent (rounds ${pct(ratios(figures.par))})   (target ≥ 25%)`,
  );
  log(
    `CPU per operation           form path ${seqCpu.toFixed(2)} ms / ceiling ${ceilSeqCpu.toFixed(2)} ms sequential (${((100 * ceilSeqCpu) / seqCpu).toFixed(0)}%), ${parCpu.toFixed(2)} / ${ceilParCpu.toFixed(2)} ms concurrent (${((100 * ceilParCpu) / parCpu).toFixed(0)}%)`,
  );

  // ——— Reads ———
  const rev = (await loadActor(reviewer.id))!;
  const nom = (await loadActor(heavy.id))!;
  async function time(name: string, n: number, fn: () => Promise<unknown>, note = "") {
    await fn();
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await fn();
      ms.push(performance.now() - s);
    }
    const st = stats(ms);
    log(
      `${name.padEnd(28)} p50 ${st.p50.toFixed(1).padStart(6)} ms  p95 ${st.p95.toFixed(1).padStart(6)} ms  max ${st.max.toFixed(1).padStart(6)} ms${note}`,
    );
    return st;
  }
  const tally = await review.vacancyTally(rev, busiest.id);
  await time(
    "tally, busiest vacancy",
    30,
    () => review.vacancyTally(rev, busiest.id),
    `  (${busiestCount} nominations, ${tally.length} candidates; target < 100 ms)`,
  );
  await time("review screen, busiest", 30, () => review.getVacancyReview(rev, busiest.id), "  (tally + page of 50 + audit entry)");
  await time("我的推荐 (500 nominations)", 30, () => nominations.listMyNominations(nom));
  await time("review list of vacancies", 30, () => review.listVacanciesForReview(rev));

  log("queries per screen            at 1,000 nominations → at 100,000");
  for (const k of Object.keys(small) as (keyof typeof small)[]) {
    log(
      `  ${k.padEnd(28)} ${String(small[k]).padStart(4)} → ${String(large[k]).padStart(4)}${small[k] === large[k] ? "  (same)" : large[k] > small[k] ? "  (GREW)" : "  (fewer)"}`,
    );
  }

  // ——— Over HTTP, with real sessions (only inside `npm run bench`): bench/signed-in-pages.ts ———
  if (ctx.baseUrl) await benchSignedInPages(ctx, busiest.id);
  await seeder.$disconnect();
  await counted.$disconnect();
  await asServer.$disconnect();
}

// Standalone: its own database with the demo accounts and the bench boards, no server.
if (require.main === module) runStandalone("nominations", benchNominations);
