// Mail bench (a suite of `npm run bench`, registered in bench/run.ts; also runnable on its own:
// `npx tsx --conditions=react-server bench/mail.ts`, which makes its own database).
//
// 1. Delivery: 10,000 mails queued in the outbox of a database of its own (so the bench
//    server's worker never takes them), delivered by the worker (lib/notifications/worker.ts)
//    to a real SMTP server on a loopback port (smtp-server, in a process of its own), every
//    mail counted there by its Message-ID. Mails per second, over 4 SMTP connections (the default) and 1. Also demo mode:
//    2,000 mails written as .eml files.
// 2. What the outbox adds to a nomination submission: the form path (actor, zod,
//    submitNomination with its nomination.received notification) by nominators without an
//    email address (an inbox row without a mail) against nominators with one (the inbox row
//    carrying the mail's address, the outbox entry), taking turns on the bench's database.
//    Target: the mail adds less than 10%. Then the worker's part, outside any submission:
//    rendering those mails into MailMessage (mails per second).
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { BenchContext } from "./context";
import { benchNominationForm, HAN } from "./nomination-form";
import { freshDatabase, runStandalone } from "./standalone";

const QUEUED = 10_000;
const QUEUED_FILES = 2_000;
const SUBMITTERS = 1_500; // per group
const DAY = 86_400_000;

const g = globalThis as unknown as { openselectPrisma?: PrismaClient };

/** The SMTP server in a process of its own (bench/smtp-sink-process.ts). */
async function forkSink() {
  const child = fork(path.join(__dirname, "smtp-sink-process.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      child.once("message", (m) => resolve(m as T));
      child.once("exit", (code) => reject(new Error(`SMTP server process exited (${code})`)));
    });
  const { port } = await next<{ port: number }>();
  return {
    port,
    count: () => {
      const answer = next<{ received: number; distinct: number }>();
      child.send("count");
      return answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send("close");
      }),
  };
}

async function benchDelivery(log: (s: string) => void, dir: string): Promise<void> {
  const { createPrismaClient } = await import("../lib/db/client");
  const { renderMail } = await import("../lib/notifications/mail");
  const { deliverDue } = await import("../lib/notifications/worker");
  const { createMailer } = await import("../lib/notifications/transport");

  const url = await freshDatabase(dir, "mail-outbox.db");
  const saved = g.openselectPrisma;
  const prisma = createPrismaClient(url);
  g.openselectPrisma = prisma; // the data layer's client, for this part only
  const sink = await forkSink();
  const from = { name: "干部选拔任用工作平台", address: "noreply@zzb.example.cn" };
  try {
    // Real mails, as notify() renders them (about 4 KB each, text and HTML).
    const queue = async (n: number) => {
      await prisma.mailMessage.deleteMany();
      const at = new Date(Date.now() - 60_000);
      for (let i = 0; i < n; i += 1000) {
        const rows = Array.from({ length: Math.min(1000, n - i) }, (_, k) => {
          const receipt = `TX-2026-${String(i + k).padStart(6, "0")}`;
          const mail = renderMail(
            "zh-CN",
            "nomination.received",
            { receipt },
            { link: "/account/nominations", unsubscribePath: `/unsubscribe/x~${i + k}` },
          );
          return { kind: "nomination.received", toAddress: `reader${i + k}@example.cn`, ...mail, nextAttemptAt: at, createdAt: at };
        });
        await prisma.mailMessage.createMany({ data: rows });
      }
    };
    const run = async (label: string, n: number, mailer: ReturnType<typeof createMailer>, count: () => Promise<number>) => {
      await queue(n);
      const before = await count();
      const t0 = performance.now();
      const c = await deliverDue({ mailer, maxBatches: 100_000 });
      const secs = (performance.now() - t0) / 1000;
      const sent = await prisma.mailMessage.count({ where: { status: "SENT" } });
      const arrived = (await count()) - before;
      if (c.sent !== n || sent !== n || arrived !== n)
        throw new Error(`${label}: ${c.sent} sent, ${sent} marked, ${arrived} arrived of ${n}`);
      log(`  ${label.padEnd(34)} ${(n / secs).toFixed(0).padStart(6)} mails/s  (${n} in ${secs.toFixed(1)} s)`);
    };
    for (const connections of [4, 1]) {
      const mailer = createMailer(
        { kind: "smtp", smtp: { host: "127.0.0.1", port: sink.port, secure: false }, from },
        {
          env: { ...process.env, OPENSELECT_MAIL_CONNECTIONS: String(connections) },
        },
      );
      try {
        await run(
          `SMTP, ${connections} connection${connections > 1 ? "s" : ""}`,
          QUEUED,
          mailer,
          async () => (await sink.count()).received,
        );
      } finally {
        mailer.close();
      }
    }
    const { received, distinct } = await sink.count();
    log(`  the SMTP server received ${received} mails with ${distinct} distinct Message-IDs (2 runs of ${QUEUED})`);
    const mailDir = path.join(dir, "mail");
    const files = createMailer({ kind: "files", dir: mailDir, from });
    await run("demo mode, .eml files", QUEUED_FILES, files, async () => (fs.existsSync(mailDir) ? fs.readdirSync(mailDir).length : 0));
  } finally {
    await sink.close();
    await prisma.$disconnect();
    g.openselectPrisma = saved;
  }
}

async function benchSubmissionCost(log: (s: string) => void, dbUrl: string): Promise<void> {
  const { loadActor } = await import("../lib/auth/session");
  const { parseNominationForm } = await import("../lib/validation/nomination");
  const { submitNomination } = await import("../lib/data/nominations");
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const { PrismaClient: Client } = await import("../lib/generated/prisma/client");
  const { sqliteFile } = await import("../lib/db/url");
  const saved = g.openselectPrisma;
  // The data layer's client, counting its statements.
  const counter = { queries: 0 };
  const prisma = new Client({
    adapter: new PrismaBetterSqlite3({ url: `file:${sqliteFile(dbUrl)}`, timeout: 10_000 }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", () => counter.queries++);
  g.openselectPrisma = prisma;
  try {
    const now = Date.now();
    const vacancies = await prisma.vacancy.findMany({
      where: { status: "PUBLISHED", opensAt: { lte: new Date(now) }, closesAt: { gt: new Date(now + DAY) } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    if (vacancies.length < 10) throw new Error("the mail bench needs published vacancies with open windows (seed the boards first)");
    const user = (group: "m" | "n", i: number) => ({
      id: `mb${group}${String(i).padStart(6, "0")}`,
      realName: `邮件${group === "m" ? "有" : "无"}${HAN[i % 25]}${HAN[Math.floor(i / 25) % 25]}`,
      idCipher: `mail-bench-${group}-${i}`,
      idHash: `mail-bench-hash-${group}-${i}`,
      idMasked: "3309**********0000",
      birthDate: new Date(Date.UTC(1975 + (i % 20), i % 12, 1 + (i % 28))),
      gender: i % 2 ? "M" : "F",
      phone: `151${group === "m" ? 1 : 2}${String(i).padStart(7, "0")}`,
      email: group === "m" ? `nominator${i}@example.cn` : null,
      workUnit: "舟山市普陀区农林水利局",
      position: "科员",
      politicalStatus: "CPC_MEMBER",
      passwordHash: "x",
      role: "NOMINATOR",
      status: "APPROVED",
      consentAt: new Date(now - 400 * DAY),
    });
    const withMail = Array.from({ length: SUBMITTERS }, (_, i) => user("m", i));
    const without = Array.from({ length: SUBMITTERS }, (_, i) => user("n", i));
    for (let i = 0; i < SUBMITTERS; i += 500) {
      await prisma.user.createMany({ data: [...withMail.slice(i, i + 500), ...without.slice(i, i + 500)] });
    }

    let seq = 0;
    const submit = async (u: { id: string; realName: string }) => {
      const i = seq++;
      const actor = await loadActor(u.id);
      const parsed = parseNominationForm("TARGETED", benchNominationForm(i, vacancies[i % vacancies.length].id, u.realName));
      if (!parsed.success) throw new Error("bench form did not validate");
      const t0 = performance.now();
      await submitNomination(actor, parsed.data);
      return performance.now() - t0;
    };
    // Warm-up (query plans, the renderer), then the two kinds of nominator in turn, each pair
    // in alternating order, so the machine's drift and any order effect fall on both alike.
    const WARM = 100;
    for (let i = 0; i < WARM; i++) {
      await submit(without[i]);
      await submit(withMail[i]);
    }
    const times = { without: [] as number[], with: [] as number[] };
    const queries = { without: 0, with: 0 };
    const timed = async (group: "without" | "with", u: { id: string; realName: string }) => {
      const q0 = counter.queries;
      times[group].push(await submit(u));
      queries[group] += counter.queries - q0;
    };
    for (let i = WARM; i < SUBMITTERS; i++) {
      if (i % 2) {
        await timed("without", without[i]);
        await timed("with", withMail[i]);
      } else {
        await timed("with", withMail[i]);
        await timed("without", without[i]);
      }
    }
    // The worker then renders the waiting mails into the outbox (outside any submission).
    const { renderNotificationMail } = await import("../lib/data/notification-mail");
    const r0 = performance.now();
    let rendered = 0;
    for (let n; (n = await renderNotificationMail(200)) > 0;) rendered += n;
    const renderSecs = (performance.now() - r0) / 1000;
    const outbox = await prisma.mailMessage.count({ where: { kind: "nomination.received", userId: { startsWith: "mbm" } } });
    const strays = await prisma.mailMessage.count({ where: { userId: { startsWith: "mbn" } } });
    const submitted = SUBMITTERS;
    if (outbox !== submitted || strays !== 0 || rendered !== submitted) {
      throw new Error(
        `expected ${submitted} outbox rows for the mail group and none for the other, got ${outbox} (${rendered} rendered) and ${strays}`,
      );
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Without the slowest 5% (a checkpoint of the WAL, another process's burst on a shared machine).
    const trimmed = (xs: number[]) => mean([...xs].sort((a, b) => a - b).slice(0, Math.floor(xs.length * 0.95)));
    const [a, b] = [mean(times.without), mean(times.with)];
    const [ma, mb] = [median(times.without), median(times.with)];
    const [ta, tb] = [trimmed(times.without), trimmed(times.with)];
    const n = times.without.length;
    const pct = (x: number, y: number) => `${((100 * (y - x)) / x).toFixed(1)}%`;
    log(
      `  submission, nominator without email  mean ${a.toFixed(2)} ms  trimmed ${ta.toFixed(2)} ms  median ${ma.toFixed(2)} ms  ${(queries.without / n).toFixed(1)} SQL statements  (inbox row, no mail; ${n} submissions)`,
    );
    log(
      `  submission, nominator with email     mean ${b.toFixed(2)} ms  trimmed ${tb.toFixed(2)} ms  median ${mb.toFixed(2)} ms  ${(queries.with / n).toFixed(1)} SQL statements  (inbox row with the mail address)`,
    );
    log(
      `  the mail adds                        ${(b - a).toFixed(2)} ms: ${pct(a, b)} (mean), ${pct(ta, tb)} (trimmed), ${pct(ma, mb)} (median)   (target < 10%)`,
    );
    log(
      `  the worker renders them into the outbox: ${(rendered / renderSecs).toFixed(0)} mails/s  (${rendered} in ${renderSecs.toFixed(2)} s, batches of 200)`,
    );
  } finally {
    await prisma.$disconnect();
    g.openselectPrisma = saved;
  }
}

export async function benchMail(ctx: BenchContext): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-bench-mail-"));
  try {
    // BENCH_MAIL_ONLY=delivery or =submissions runs one part.
    const only = process.env.BENCH_MAIL_ONLY;
    if (only !== "submissions") {
      ctx.log("delivery of the outbox to a local SMTP server (smtp-server on 127.0.0.1)");
      await benchDelivery(ctx.log, dir);
    }
    if (only !== "delivery") {
      ctx.log("cost of the outbox row per nomination submission (form path, sequential)");
      await benchSubmissionCost(ctx.log, ctx.dbUrl);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Standalone: its own database with the demo accounts and the bench boards, no server.
if (require.main === module) runStandalone("mail", benchMail);
