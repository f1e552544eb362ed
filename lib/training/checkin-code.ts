// The check-in code of a training session (签到码): six digits, easy to type from a screen and
// what the venue's QR code carries. Derived, never stored: HMAC-SHA256 of the session's
// checkinSecret (TrainingSession.checkinSecret, 32 random bytes made with the session) over the
// current five-minute step, truncated to six digits like a TOTP code.
//
// Why rotating: a fixed code could be sent by text message to someone who is not in the room;
// a code that changes every five minutes has to be relayed live. The one just replaced is still
// accepted, so a code scanned or read a moment before it changed works (a shown code lives 5–10
// minutes). Why digits: typed on a phone's number pad in a hall, no O/0 or l/1 confusion.
//
// When a code is accepted at all: from 30 minutes before the session starts (people arrive early
// and sign in at the door) until it ends; after that staff correct attendance on the list.
import { createHmac, timingSafeEqual } from "node:crypto";

export const CHECKIN_STEP_MS = 5 * 60_000;
export const CHECKIN_OPENS_BEFORE_MS = 30 * 60_000;
export const CHECKIN_CODE_LENGTH = 6;

type Session = { startsAt: Date; endsAt: Date };

/** Where check-in stands for a session at `now`: not yet (before start − 30 min), open, or closed (after the end). */
export function checkinWindow(s: Session, now: Date): "notYet" | "open" | "closed" {
  const t = now.getTime();
  if (t < s.startsAt.getTime() - CHECKIN_OPENS_BEFORE_MS) return "notYet";
  if (t > s.endsAt.getTime()) return "closed";
  return "open";
}

const stepOf = (now: Date) => Math.floor(now.getTime() / CHECKIN_STEP_MS);

function codeAt(secret: string, step: number): string {
  const mac = createHmac("sha256", secret).update(`checkin:${step}`).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const n = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(n % 10 ** CHECKIN_CODE_LENGTH).padStart(CHECKIN_CODE_LENGTH, "0");
}

/** The code to show now, and when it is replaced (the display refreshes then). */
export function currentCheckinCode(secret: string, now: Date): { code: string; changesAt: Date } {
  const step = stepOf(now);
  return { code: codeAt(secret, step), changesAt: new Date((step + 1) * CHECKIN_STEP_MS) };
}

/** What a person typed, as a code: digits only (spaces, dashes and full-width digits allowed), or null. */
export function normalizeCheckinCode(input: string): string | null {
  const digits = input.normalize("NFKC").replace(/[\s\-－—]/g, "");
  return new RegExp(`^\\d{${CHECKIN_CODE_LENGTH}}$`).test(digits) ? digits : null;
}

/** Whether `code` is the session's code now or the one just replaced. Constant-time comparison. */
export function checkinCodeMatches(secret: string, code: string, now: Date): boolean {
  const step = stepOf(now);
  const given = Buffer.from(code);
  let ok = false;
  for (const s of [step, step - 1]) {
    const want = Buffer.from(codeAt(secret, s));
    if (want.length === given.length && timingSafeEqual(want, given)) ok = true;
  }
  return ok;
}

/** The check-in page's address with the code, as the QR code carries it. */
export function checkinPath(code: string): string {
  return `/training/check-in?code=${encodeURIComponent(code)}`;
}
