// Where one nomination submission's time goes, on a small fresh SQLite database (no server):
// `npx tsx --conditions=react-server bench/profile-submission.ts [n]`.
//
// Prints, per Prisma call of a submission (in order): the wall time of the call as the caller
// sees it (query building, the adapter, the driver, the interactive transaction's plumbing) next
// to the SQL time Prisma reports for it; then the time of the parts outside Prisma (actor, zod,
// after-commit work) and the submissions/s against an insert-only ceiling on the same database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchNominationForm, REASONS } from "./nomination-form";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { freshDatabase } from "./standalone";

const N = Number(process.argv[2] ?? 1000);

interface Op {
  what: string;
  wall: number;
  sql: number;
}

/** CPU_PROFILE=<file>: a V8 CPU profile of the timed submissions only (open it in Chrome's devtools). */
async function startProfile(): Promise<(file: string) => Promise<void>> {
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  return async (file) => {
    const { profile } = await session.post("Profiler.stop");
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-profile-"));
  try {
    process.env.OPENSELECT_DEMO ??= "1";
    const { loadSecrets } = await import("../lib/env/load-secrets");
    loadSecrets(process.env);
    const dbUrl = await freshDatabase(dir, "profile.db");
    process.env.DATABASE_URL = dbUrl;
    const { createPrismaClient } = await import("../lib/db/client");
    const seeder = createPrismaClient(dbUrl);
    const { seedAccounts } = await import("../scripts/seed/accounts");
    await seedAccounts(seeder);
    const now = Date.now();
    const DAY = 86_400_000;
    const vacancyIds = Array.from({ length: 50 }, (_, i) => `pv${i}`);
    await seeder.vacancy.createMany({
      data: vacancyIds.map((id, i) => ({
        id,
        post: `副局长（第 ${i + 1} 号）`,
        unit: "舟山市海洋经济发展局",
        level: "DEPUTY_DIVISION",
        headcount: 1,
        duties: "职责",
        qualifications: "大学本科以上学历",
        maxAge: 45,
        minEducation: "BACHELOR",
        requiredLevel: "STAFF",
        minYearsAtLevel: 2,
        opensAt: new Date(now - DAY),
        closesAt: new Date(now + 30 * DAY),
        maxPerNominator: 1,
        status: "PUBLISHED",
        publishedAt: new Date(now - 2 * DAY),
      })),
    });
    const users = Array.from({ length: 3000 }, (_, i) => ({
      id: `pu${String(i).padStart(5, "0")}`,
      realName: `推荐人${i}`,
      idCipher: `p-${i}`,
      idHash: `p-hash-${i}`,
      idMasked: "3309**********0000",
      birthDate: new Date(Date.UTC(1980, 0, 1)),
      gender: "M",
      phone: `151${String(i).padStart(8, "0")}`,
      workUnit: "舟山市普陀区农林水利局",
      position: "科员",
      politicalStatus: "CPC_MEMBER",
      passwordHash: "x",
      role: "NOMINATOR",
      status: "APPROVED",
      consentAt: new Date(now - 400 * DAY),
    }));
    for (let i = 0; i < users.length; i += 500) await seeder.user.createMany({ data: users.slice(i, i + 500) });
    await seeder.$disconnect();

    // The app's client, counting: every call's wall time and the SQL time of its statements.
    const { sqliteAdapter } = await import("../lib/db/client");
    const { PrismaClient: Client } = await import("../lib/generated/prisma/client");
    let sqlSince = 0;
    let statements: string[] = [];
    const base = new Client({
      adapter: sqliteAdapter(dbUrl),
      log: [{ emit: "event", level: "query" }],
      // PRISMA_ERROR_FORMAT=minimal: as in production (NODE_ENV=production), where Prisma does not
      // capture a call site (a stack trace) for every call; a script's default captures one.
      ...(process.env.PRISMA_ERROR_FORMAT ? { errorFormat: process.env.PRISMA_ERROR_FORMAT as "minimal" | "colorless" | "pretty" } : {}),
    });
    base.$on("query", (e) => {
      sqlSince += e.duration;
      statements.push(
        e.query
          .replace(/`main`\./g, "")
          .replace(/\s+/g, " ")
          .slice(0, 60),
      );
    });
    let ops: Op[] | null = null;
    const client = base.$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          if (!ops) return query(args);
          const s = performance.now();
          sqlSince = 0;
          const r = await query(args);
          ops.push({ what: `${model ?? ""}.${operation}`, wall: performance.now() - s, sql: sqlSince });
          return r;
        },
      },
    }) as unknown as PrismaClient;
    (globalThis as unknown as { openselectPrisma?: PrismaClient }).openselectPrisma = client;

    const { loadActor } = await import("../lib/auth/session");
    const { parseNominationForm } = await import("../lib/validation/nomination");
    const { submitNomination } = await import("../lib/data/nominations");
    const { receiptNumber } = await import("../lib/nominations/receipt");
    const parts = { actor: 0, parse: 0, submit: 0 };
    async function submit(i: number) {
      const u = users[i % users.length];
      const v = vacancyIds[Math.floor(i / users.length) % vacancyIds.length];
      let s = performance.now();
      const actor = await loadActor(u.id);
      parts.actor += performance.now() - s;
      s = performance.now();
      const parsed = parseNominationForm("TARGETED", benchNominationForm(i, v, u.realName));
      if (!parsed.success) throw new Error("form did not validate");
      parts.parse += performance.now() - s;
      s = performance.now();
      await submitNomination(actor, parsed.data);
      parts.submit += performance.now() - s;
    }

    // Warm up, then one traced submission per kind of candidate (new person, known person).
    for (let i = 0; i < 200; i++) await submit(i);
    const traced: Op[][] = [];
    for (const i of [200, 700]) {
      ops = [];
      statements = [];
      const s = performance.now();
      await submit(i);
      traced.push(ops);
      console.log(`one submission (${i === 200 ? "new person" : "known person"}): ${(performance.now() - s).toFixed(2)} ms`);
      for (const op of ops) console.log(`  ${op.wall.toFixed(2).padStart(6)} ms wall  ${op.sql.toFixed(2).padStart(5)} ms sql  ${op.what}`);
      console.log(`  statements: ${statements.length}\n    ${statements.join("\n    ")}`);
      ops = null;
    }
    // Averages over many: each call kind's wall time.
    const totals = new Map<string, { n: number; wall: number; sql: number }>();
    ops = [];
    parts.actor = parts.parse = parts.submit = 0;
    const start = performance.now();
    for (let i = 0; i < N; i++) await submit(1000 + i);
    const elapsed = performance.now() - start;
    for (const op of ops as Op[]) {
      const t = totals.get(op.what) ?? { n: 0, wall: 0, sql: 0 };
      t.n++;
      t.wall += op.wall;
      t.sql += op.sql;
      totals.set(op.what, t);
    }
    ops = null;
    console.log(`\n${N} sequential submissions: ${(N / (elapsed / 1000)).toFixed(0)}/s, ${(elapsed / N).toFixed(2)} ms each`);
    console.log(
      `  actor ${(parts.actor / N).toFixed(2)} ms, zod ${(parts.parse / N).toFixed(2)} ms, submitNomination ${(parts.submit / N).toFixed(2)} ms`,
    );
    for (const [what, t] of totals)
      console.log(
        `  ${(t.n / N).toFixed(2)}× ${what.padEnd(28)} ${(t.wall / N).toFixed(2).padStart(6)} ms wall  ${(t.sql / N).toFixed(2).padStart(5)} ms sql`,
      );
    const inPrisma = [...totals.values()].reduce((a, t) => a + t.wall, 0) / N;
    console.log(
      `  total inside Prisma calls ${inPrisma.toFixed(2)} ms; outside (JS, transaction begin/commit) ${(elapsed / N - inPrisma).toFixed(2)} ms`,
    );

    // Without the timing wrapper (the extension costs time of its own): the submission against
    // the insert-only ceiling, interleaved in rounds, wall and CPU time, as the bench runs them.
    (globalThis as unknown as { openselectPrisma?: PrismaClient }).openselectPrisma = base;
    const cid = (await base.candidate.findFirstOrThrow({ select: { id: true } })).id;
    const insertOnly = (i: number) =>
      base.nomination.create({
        data: {
          receiptNo: receiptNumber("OPEN", new Date()),
          kind: "OPEN",
          nominatorId: users[i % users.length].id,
          candidateId: cid,
          relationship: "COLLEAGUE",
          ...REASONS,
          signedName: "x",
          status: "WITHDRAWN",
        },
        select: { id: true },
      });
    const measure = async (n: number, one: (i: number) => Promise<unknown>, offset: number) => {
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      for (let i = 0; i < n; i++) await one(offset + i);
      const cpu = process.cpuUsage(c0);
      return { wall: (performance.now() - w0) / n, cpu: (cpu.user + cpu.system) / 1000 / n };
    };
    const M = Math.max(100, Math.floor(N / 4));
    for (let round = 0; round < 3; round++) {
      const profiling = process.env.CPU_PROFILE && round === 1 ? await startProfile() : null;
      const sub = await measure(M, submit, 100_000 + round * M);
      if (profiling) await profiling(process.env.CPU_PROFILE!);
      const ins = await measure(M, insertOnly, round * M);
      console.log(
        `round ${round + 1}: submission ${sub.wall.toFixed(2)} ms wall / ${sub.cpu.toFixed(2)} ms CPU, insert ${ins.wall.toFixed(2)} / ${ins.cpu.toFixed(2)}: ratio ${((100 * ins.wall) / sub.wall).toFixed(1)}% wall, ${((100 * ins.cpu) / sub.cpu).toFixed(1)}% CPU`,
      );
    }
    await base.$disconnect();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
