// The outbox delivered by workers in processes of their own (tests/integration/support/
// mail-worker-child.ts), as server instances run them, against a real SMTP server on a
// loopback port; every message is counted by its Message-ID as it arrives.
//   - Two workers on one database with 200 queued mails: each mail is sent once; the same with
//     200 notifications whose mails the workers first render into the outbox.
//   - kill -9 of a worker while it delivers, then a new worker: nothing is lost, and nothing is
//     sent twice, except — the one case no SMTP client can rule out (RFC 1047) — a mail whose
//     DATA the server had taken when the worker died, before the worker wrote 已发送: that mail
//     arrives a second time with the same Message-ID, so the receiving side drops the copy.
//     Each case is made to happen on purpose below, then a kill at a random moment.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { db } from "@/lib/db/client";
import { sqliteFile } from "@/lib/db/url";
import { messageIdFor } from "@/lib/notifications/transport";
import { transaction } from "@/lib/db/tx";
import { notify } from "@/lib/data/notify";
import { startSmtpSink, type SmtpSink, type SinkOptions } from "./support/smtp-sink";
import { makeUser } from "./support/users";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const CHILD = path.join(__dirname, "support", "mail-worker-child.ts");
const FROM = "noreply@zzb.example.cn";
const LEASE_MS = 3_000;

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  /** Exit, with the counts it printed (none when killed). */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; counts: Record<string, number> | null; stderr: string }>;
}

function startWorker(mode: "once" | "drain", sink: SmtpSink, connections: number, leaseMs = LEASE_MS): Worker {
  // Node itself with tsx's loader (not the tsx command, which runs the script in a child of its
  // own: SIGKILL would stop the wrapper and leave the worker running).
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", CHILD, mode], {
    cwd: ROOT,
    env: {
      ...process.env,
      SMTP_URL: sink.url,
      SMTP_HOST: "",
      MAIL_FROM: FROM,
      OPENSELECT_MAIL_LEASE_MS: String(leaseMs),
      OPENSELECT_MAIL_CONNECTIONS: String(connections),
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let signalReady: () => void;
  let failReady: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    signalReady = resolve;
    failReady = reject;
  });
  ready.catch(() => undefined); // awaited only where a test waits for it
  child.stdout!.on("data", (d: Buffer) => {
    stdout += d.toString();
    if (stdout.includes("ready\n")) signalReady();
  });
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Awaited<Worker["done"]>>((resolve) =>
    child.on("exit", (code, signal) => {
      failReady(new Error(`worker exited before it was ready (${code ?? signal}): ${stderr}`));
      const last = stdout.trim().split("\n").pop() ?? "";
      resolve({ code, signal, counts: last.startsWith("{") ? (JSON.parse(last) as Record<string, number>) : null, stderr });
    }),
  );
  return { child, ready, done };
}

/** `n` mails queued, as notify() leaves them; returns their ids in queue order. */
async function queue(n: number): Promise<string[]> {
  const t0 = Date.now() - 60_000;
  const rows = Array.from({ length: n }, (_, i) => ({
    kind: "account.approved",
    toAddress: `reader${i}@example.cn`,
    subject: `【干部选拔任用工作平台】实名注册已通过审核 ${i}`,
    text: `您的实名账户已通过审核。第 ${i} 封。`,
    html: `<p>您的实名账户已通过审核。第 ${i} 封。</p>`,
    nextAttemptAt: new Date(t0 + i),
    createdAt: new Date(t0 + i),
  }));
  await db().mailMessage.createMany({ data: rows });
  return (await db().mailMessage.findMany({ orderBy: { nextAttemptAt: "asc" }, select: { id: true } })).map((r) => r.id);
}

/**
 * `n` notifications committed with their mail waiting to be rendered, as notify() leaves them
 * (one user with an address each); returns their notification ids.
 */
async function notifyMany(n: number): Promise<string[]> {
  const users: { id: string }[] = [];
  for (let i = 0; i < n; i += 20) users.push(...(await Promise.all(Array.from({ length: Math.min(20, n - i) }, () => makeUser()))));
  await db().$transaction(
    users.map((u, i) => db().user.update({ where: { id: u.id }, data: { email: `notified${i}-${u.id.slice(-6)}@example.cn` } })),
  );
  await transaction((tx) =>
    notify(
      tx,
      users.map((u) => ({ userId: u.id, kind: "account.approved" as const, link: "/account" })),
    ),
  );
  const notes = await db().notification.findMany({ where: { userId: { in: users.map((u) => u.id) } }, select: { id: true, mailTo: true } });
  expect(notes.filter((x) => x.mailTo)).toHaveLength(n);
  return notes.map((x) => x.id);
}

/** The outbox rows of these notifications, one each (the workers rendered each once). */
async function mailsOf(notificationIds: string[]): Promise<string[]> {
  const rows = await db().mailMessage.findMany({ where: { notificationId: { in: notificationIds } }, select: { id: true } });
  expect(rows).toHaveLength(notificationIds.length);
  return rows.map((r) => r.id);
}

beforeAll(() => {
  // As scripts/prepare.ts leaves a SQLite database: WAL, so a worker's reads never wait on another's write.
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) {
    const conn = new Database(sqliteFile(url));
    conn.pragma("journal_mode = WAL");
    conn.close();
  }
});

let sink: SmtpSink | null = null;
async function sinkWith(opts: SinkOptions) {
  sink = await startSmtpSink(opts);
  return sink;
}

beforeEach(async () => {
  await db().notification.updateMany({ where: { mailTo: { not: null } }, data: { mailTo: null } });
  await db().mailMessage.deleteMany();
});
afterEach(async () => {
  await sink?.close();
  sink = null;
});

/** Every queued mail arrived, and every row is 已发送 after one try (or `tries` for some). */
async function expectAllArrived(s: SmtpSink, ids: string[]) {
  const arrived = new Set(s.received.map((m) => m.messageId));
  const missing = ids.filter((id) => !arrived.has(messageIdFor(id, FROM)));
  expect(missing).toEqual([]);
  expect(arrived.size).toBe(ids.length);
  const open = await db().mailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  expect(open.map((g) => [g.status, g._count._all])).toEqual([["SENT", ids.length]]);
}

async function kill(w: Worker) {
  w.child.kill("SIGKILL");
  const end = await w.done;
  expect(end.signal).toBe("SIGKILL");
}

test("two workers on one database, 200 queued mails: each mail is sent once, and both workers sent some", async () => {
  // A server slow enough (15 ms a recipient) that neither worker can send all 200 before the other starts.
  const s = await sinkWith({ rcptDelayMs: 15 });
  const ids = await queue(200);
  const workers = [startWorker("once", s, 4), startWorker("once", s, 4)];
  await Promise.all(workers.map((w) => w.ready));
  for (const w of workers) w.child.stdin!.write("go\n");
  const ends = await Promise.all(workers.map((w) => w.done));
  for (const e of ends) expect(e).toMatchObject({ code: 0, stderr: expect.not.stringMatching(/error/i) });

  expect(s.received).toHaveLength(200);
  expect(s.duplicates().size).toBe(0);
  await expectAllArrived(s, ids);
  const sent = ends.map((e) => e.counts!.sent);
  expect(sent[0] + sent[1]).toBe(200);
  expect(Math.min(...sent)).toBeGreaterThan(0);
  expect(ends.map((e) => e.counts!.leaseLost)).toEqual([0, 0]);
  const rows = await db().mailMessage.findMany({ select: { attempts: true } });
  expect(rows.every((r) => r.attempts === 1)).toBe(true);
});

test("kill -9 while a mail is on its way (before the server has it): after the restart every mail arrives exactly once", async () => {
  let victim: Worker | null = null;
  // One connection: the worker writes 已发送 for a mail before it starts the next, so when the
  // server sees the 31st recipient, mails 1–30 are recorded as sent and the 31st is not yet sent.
  const s = await sinkWith({
    onRcpt: async (_address, n) => {
      if (n === 31 && victim) await kill(victim);
    },
  });
  const ids = await queue(60);
  victim = startWorker("drain", s, 1);
  await victim.done;
  expect(s.received).toHaveLength(30);
  const mid = await db().mailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  // The dead worker's claimed batch is 发送中 under its lease, the rest 待发送.
  expect(Object.fromEntries(mid.map((g) => [g.status, g._count._all]))).toMatchObject({ SENT: 30, SENDING: expect.any(Number) });

  const restart = startWorker("drain", s, 4);
  const end = await restart.done;
  expect(end.code).toBe(0);
  expect(s.received).toHaveLength(60); // exactly once each: no copy
  expect(s.duplicates().size).toBe(0);
  await expectAllArrived(s, ids);
});

test("kill -9 after the server took a mail but before the worker wrote 已发送: it arrives again with the same Message-ID, and only it", async () => {
  let victim: Worker | null = null;
  const s = await sinkWith({
    onMessage: async (_mail, n) => {
      if (n === 12 && victim) await kill(victim); // the server has mail 12; its 250 never reaches the worker
    },
  });
  const ids = await queue(30);
  victim = startWorker("drain", s, 1);
  await victim.done;
  const restart = startWorker("drain", s, 4);
  expect((await restart.done).code).toBe(0);

  await expectAllArrived(s, ids);
  expect(s.received).toHaveLength(31);
  expect([...s.duplicates()]).toEqual([[messageIdFor(ids[11], FROM), 2]]);
  expect(await db().mailMessage.findUniqueOrThrow({ where: { id: ids[11] } })).toMatchObject({ status: "SENT", attempts: 2 });
});

test("kill -9 at a random moment of a delivery over 4 connections: nothing lost; a copy only of a mail in flight, same Message-ID", async () => {
  let victim: Worker | null = null;
  const at = 40 + Math.floor(Math.random() * 80);
  const s = await sinkWith({
    rcptDelayMs: 3,
    onMessage: (_mail, n) => {
      if (n === at && victim) setTimeout(() => victim!.child.kill("SIGKILL"), Math.random() * 15);
    },
  });
  const ids = await queue(200);
  victim = startWorker("drain", s, 4);
  const first = await victim.done;
  expect(first.signal).toBe("SIGKILL");
  const restart = startWorker("drain", s, 4);
  expect((await restart.done).code).toBe(0);

  await expectAllArrived(s, ids);
  // At most one copy per connection that was in flight when the worker died.
  const copies = s.received.length - ids.length;
  expect(copies).toBeLessThanOrEqual(4);
  expect([...s.duplicates().values()].every((n) => n === 2)).toBe(true);
});

test("two workers, 200 notifications whose mails wait to be rendered: each rendered once and sent once, by both workers", async () => {
  const s = await sinkWith({ rcptDelayMs: 15 });
  const notes = await notifyMany(200);
  const workers = [startWorker("once", s, 4), startWorker("once", s, 4)];
  await Promise.all(workers.map((w) => w.ready));
  for (const w of workers) w.child.stdin!.write("go\n");
  const ends = await Promise.all(workers.map((w) => w.done));
  for (const e of ends) expect(e).toMatchObject({ code: 0, stderr: expect.not.stringMatching(/error/i) });

  const ids = await mailsOf(notes);
  expect(s.received).toHaveLength(200);
  expect(s.duplicates().size).toBe(0);
  await expectAllArrived(s, ids);
  const sent = ends.map((e) => e.counts!.sent);
  expect(sent[0] + sent[1]).toBe(200);
  expect(Math.min(...sent)).toBeGreaterThan(0);
  expect(await db().notification.count({ where: { mailTo: { not: null } } })).toBe(0);
});

test("kill -9 while notifications' mails are being rendered and sent: after the restart every mail arrives exactly once", async () => {
  let victim: Worker | null = null;
  // One connection, batches of 20: when the server sees the 31st recipient, 30 mails are sent,
  // the second batch is rendered and held, and the rest still wait as notifications.
  const s = await sinkWith({
    onRcpt: async (_address, n) => {
      if (n === 31 && victim) await kill(victim);
    },
  });
  const notes = await notifyMany(60);
  // A lease long enough that no batch of 20 is handed back unsent on a busy machine.
  victim = startWorker("drain", s, 1, 10_000);
  await victim.done;
  expect(s.received).toHaveLength(30);
  expect(await db().notification.count({ where: { mailTo: { not: null } } })).toBeGreaterThan(0);

  const restart = startWorker("drain", s, 4);
  const end = await restart.done;
  expect(end.code).toBe(0);
  expect(s.received).toHaveLength(60);
  expect(s.duplicates().size).toBe(0);
  await expectAllArrived(s, await mailsOf(notes));
});
