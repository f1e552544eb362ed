// Where mail goes, from the environment: an SMTP server (SMTP_URL, or SMTP_HOST with SMTP_PORT,
// SMTP_USER, SMTP_PASSWORD, SMTP_SECURE), or — with none configured — .eml files under
// data/mail/ (OPENSELECT_MAIL_DIR), which a newcomer opens with any mail program. The sender is
// MAIL_FROM, shown with the platform's name. Free of server-only imports and of nodemailer:
// scripts/prepare.ts reads it to say where mail goes and to refuse a malformed setting at start.
import path from "node:path";
import { catalogs } from "../../messages";

export interface MailFrom {
  name: string;
  address: string;
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
}

export type MailTarget = { kind: "smtp"; smtp: SmtpSettings; from: MailFrom } | { kind: "files"; dir: string; from: MailFrom };

export class MailConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailConfigError";
  }
}

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+$/;

const value = (env: NodeJS.ProcessEnv, name: string) => (env[name] ?? "").trim();

function flag(raw: string, name: string): boolean {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (raw === "" || /^(0|false|no|off)$/i.test(raw)) return false;
  throw new MailConfigError(`${name} must be true or false (got "${raw}")`);
}

function port(raw: string, name: string): number {
  const n = Number(raw);
  if (!/^\d{1,5}$/.test(raw) || n < 1 || n > 65535) throw new MailConfigError(`${name} must be a port number (got "${raw}")`);
  return n;
}

function fromUrl(raw: string): SmtpSettings {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MailConfigError("SMTP_URL is not a URL (expected smtp://user:password@host:587 or smtps://…:465)");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new MailConfigError(`SMTP_URL must start with smtp:// or smtps:// (got ${url.protocol}//)`);
  }
  if (!url.hostname) throw new MailConfigError("SMTP_URL names no host");
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? port(url.port, "SMTP_URL's port") : secure ? 465 : 587,
    secure,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
  };
}

function fromParts(env: NodeJS.ProcessEnv): SmtpSettings {
  const secure = flag(value(env, "SMTP_SECURE"), "SMTP_SECURE");
  const rawPort = value(env, "SMTP_PORT");
  const user = value(env, "SMTP_USER") || undefined;
  const password = env.SMTP_PASSWORD || undefined; // a password may begin or end with a space
  if (password && !user) throw new MailConfigError("SMTP_PASSWORD is set but SMTP_USER is not");
  return { host: value(env, "SMTP_HOST"), port: rawPort ? port(rawPort, "SMTP_PORT") : secure ? 465 : 587, secure, user, password };
}

/** The platform's name (the sender's display name when MAIL_FROM gives none). */
const platformName = () => catalogs["zh-CN"].common.siteName;

function sender(env: NodeJS.ProcessEnv, smtp: boolean): MailFrom {
  const raw = value(env, "MAIL_FROM");
  if (!raw) {
    // A relay checks the sender's domain; only files may go out with a made-up one.
    if (smtp) throw new MailConfigError("MAIL_FROM must be set when an SMTP server is configured (e.g. noreply@zzb.example.gov.cn)");
    return { name: platformName(), address: "noreply@openselect.localhost" };
  }
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/.exec(raw);
  const address = (named ? named[2] : raw).trim();
  if (!ADDRESS.test(address)) throw new MailConfigError(`MAIL_FROM is not a mail address (got "${raw}")`);
  return { name: named?.[1].trim() || platformName(), address };
}

/** Where mail goes in this environment. Throws MailConfigError for a malformed setting. */
export function mailTarget(env: NodeJS.ProcessEnv = process.env): MailTarget {
  const url = value(env, "SMTP_URL");
  const host = value(env, "SMTP_HOST");
  if (url && host) throw new MailConfigError("set SMTP_URL or SMTP_HOST, not both");
  if (url || host) {
    const smtp = url ? fromUrl(url) : fromParts(env);
    return { kind: "smtp", smtp, from: sender(env, true) };
  }
  // A folder chosen at run time, not a module: kept out of the build's file tracing.
  const dir = path.resolve(/*turbopackIgnore: true*/ value(env, "OPENSELECT_MAIL_DIR") || path.join("data", "mail"));
  return { kind: "files", dir, from: sender(env, false) };
}

/** The mail folder as a reader finds it: relative to the working directory when inside it. */
function shownDir(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return (rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : dir) + path.sep;
}

/** One line for `npm start` and the console: never the password. */
export function describeMailTarget(target: MailTarget): string {
  if (target.kind === "files") {
    return `no SMTP server configured: mail is written as .eml files to ${shownDir(target.dir)} (set SMTP_URL or SMTP_HOST to send it)`;
  }
  const { host, port, secure, user } = target.smtp;
  return `mail goes to SMTP ${host}:${port} (${secure ? "TLS" : "STARTTLS when offered"}${user ? `, as ${user}` : ""}) from ${target.from.address}`;
}

/** What the administrator's console says about where mail goes (never the login or password). */
export type MailTargetView =
  { kind: "smtp"; host: string; port: number; from: string } | { kind: "files"; dir: string } | { kind: "invalid"; error: string };

export function mailTargetView(env: NodeJS.ProcessEnv = process.env): MailTargetView {
  let target: MailTarget;
  try {
    target = mailTarget(env);
  } catch (e) {
    if (e instanceof MailConfigError) return { kind: "invalid", error: e.message };
    throw e;
  }
  if (target.kind === "smtp") return { kind: "smtp", host: target.smtp.host, port: target.smtp.port, from: target.from.address };
  return { kind: "files", dir: shownDir(target.dir) };
}
