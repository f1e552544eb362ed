import "server-only";
// "Stop these emails" links that work without signing in: the token names the user and the
// group and carries an HMAC with a key derived from the deployment's hash secret. It only ever
// turns mail off, so it needs no expiry; a forged or altered one is refused. Body and signature
// are joined by "~", never ".": proxy.ts serves a path ending in ".abc" as a static file, so a
// dot made about a quarter of all links (a signature without "-" or "_") a 404.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { getSecrets } from "../env/secrets";
import { NOTIFICATION_GROUPS, type NotificationGroup } from "./kinds";

// Derived once per hash key: HKDF on every mail was a third of what a mail adds to the
// transaction that writes it (bench/mail.ts).
let derived: { from: unknown; key: Buffer } | null = null;
function key(): Buffer {
  const hashKey = getSecrets().hashKey;
  if (derived?.from !== hashKey)
    derived = { from: hashKey, key: Buffer.from(hkdfSync("sha256", hashKey, "openselect", "mail-unsubscribe", 32)) };
  return derived.key;
}

function mac(body: string): string {
  return createHmac("sha256", key()).update(body).digest("base64url");
}

export function unsubscribeToken(userId: string, group: NotificationGroup): string {
  const body = Buffer.from(`${userId}.${group}`).toString("base64url");
  return `${body}~${mac(body)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; group: NotificationGroup } | null {
  // "." too: links in mails written before the separator changed.
  const [body, sig, extra] = String(token ?? "").split(/[~.]/);
  if (!body || !sig || extra !== undefined) return null;
  const want = Buffer.from(mac(body));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  const [userId, group] = Buffer.from(body, "base64url").toString("utf8").split(".");
  if (!userId || !(NOTIFICATION_GROUPS as readonly string[]).includes(group)) return null;
  return { userId, group: group as NotificationGroup };
}
