import "server-only";
// Sends one mail of the outbox: through SMTP (nodemailer, a pool of connections kept open
// between batches), or — no SMTP server configured — as an .eml file under data/mail/ that any
// mail program opens. Every mail carries a Message-ID made from its outbox row's id, so a mail
// sent twice (a crash between the server's 250 and the row's 已发送, see README) is the same
// message to the receiving side, which drops the copy.
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { mailTarget, type MailTarget } from "./mail-settings";

/** What the transport needs of an outbox row. */
export interface OutgoingMail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
}

export interface Mailer {
  readonly target: MailTarget;
  /** How many sends may run at once (SMTP connections). */
  readonly concurrency: number;
  /** Resolves once the server has accepted the mail (250) or the file is written; rejects with the server's answer. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** `<row id@sender's domain>`: the same for every try of one mail, different for every mail. */
export function messageIdFor(id: string, fromAddress: string): string {
  const domain = fromAddress.slice(fromAddress.lastIndexOf("@") + 1) || "openselect.localhost";
  return `<${id}.mail@${domain}>`;
}

/** The unsubscribe link that renderMail puts in the text, for the List-Unsubscribe header. */
export function unsubscribeLink(text: string): string | null {
  return /https?:\/\/[^\s<>"]+\/unsubscribe\/[^\s<>"]+/.exec(text)?.[0] ?? null;
}

function message(mail: OutgoingMail, target: MailTarget): Mail.Options {
  const unsubscribe = unsubscribeLink(mail.text);
  return {
    from: target.from,
    to: mail.toAddress,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: messageIdFor(mail.id, target.from.address),
    date: new Date(),
    // RFC 3834: an automatic notification, so vacation responders stay quiet.
    headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
    ...(unsubscribe ? { list: { unsubscribe } } : {}),
  };
}

function setting(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = (env[name] ?? "").trim();
  return /^\d{1,4}$/.test(raw) && Number(raw) >= 1 ? Math.min(max, Number(raw)) : fallback;
}

const isLoopback = (host: string) => host === "localhost" || /^127\./.test(host) || host === "::1";

/**
 * Opens the TCP connection for nodemailer (its documented getSocket hook) with Nagle's algorithm
 * off. nodemailer 7 leaves it on and writes a message's final "." apart from its body, so each
 * mail waited for the server's delayed ACK: 40–50 ms a mail on one connection. nodemailer then
 * speaks SMTP over this socket, TLS included (it upgrades it for SMTP_SECURE).
 */
function socketOpener(host: string, port: number, timeoutMs: number) {
  return (_options: unknown, callback: (err: Error | null, socketOptions?: { connection: net.Socket }) => void) => {
    const socket = net.connect({ host, port, noDelay: true });
    let settled = false;
    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeListener("error", settle);
      if (err) {
        socket.destroy();
        callback(err);
      } else callback(null, { connection: socket });
    };
    const timer = setTimeout(
      () => settle(Object.assign(new Error(`connection to ${host}:${port} timed out`), { code: "ETIMEDOUT" })),
      timeoutMs,
    );
    socket.once("error", settle);
    socket.once("connect", () => settle(null));
  };
}

/**
 * A mailer for `target`. `budgetMs` bounds each stage of a send (connect, greeting, every
 * answer): the worker starts a send only while its lease has at least that long left.
 */
export function createMailer(target: MailTarget = mailTarget(), opts: { budgetMs?: number; env?: NodeJS.ProcessEnv } = {}): Mailer {
  const env = opts.env ?? process.env;
  const budgetMs = opts.budgetMs ?? 30_000;
  if (target.kind === "files") {
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
    let made: Promise<unknown> | null = null;
    return {
      target,
      concurrency: 4,
      async send(mail) {
        made ??= fs.mkdir(target.dir, { recursive: true });
        await made;
        const info = await composer.sendMail(message(mail, target));
        // One file per outbox row, named so a listing sorts by time: a second try of the same
        // mail writes the same file again. Written aside and renamed, so a reader never opens half a mail.
        const stamp = mail.createdAt
          .toISOString()
          .replace(/[-:]/g, "")
          .replace(/\.\d+Z$/, "Z");
        const file = path.join(target.dir, `${stamp}-${mail.id}.eml`);
        const tmp = `${file}.${process.pid}.tmp`;
        await fs.writeFile(tmp, info.message as Buffer);
        await fs.rename(tmp, file);
      },
      close: () => composer.close(),
    };
  }
  const { host, port, secure, user, password } = target.smtp;
  const concurrency = setting(env, "OPENSELECT_MAIL_CONNECTIONS", 4, 32);
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: concurrency,
    maxMessages: 1000,
    host,
    port,
    secure,
    ...(user ? { auth: { user, pass: password ?? "" } } : {}),
    // A password never crosses the network in clear: with a login, STARTTLS is required
    // unless the server is on this machine.
    requireTLS: !secure && !!user && !isLoopback(host),
    getSocket: socketOpener(host, port, budgetMs),
    connectionTimeout: budgetMs,
    greetingTimeout: budgetMs,
    socketTimeout: budgetMs,
    dnsTimeout: budgetMs,
  });
  return {
    target,
    concurrency,
    async send(mail) {
      const info = await transport.sendMail(message(mail, target));
      if (info.rejected?.length) throw Object.assign(new Error(`recipient rejected: ${info.response ?? ""}`), { response: info.response });
    },
    close: () => transport.close(),
  };
}
