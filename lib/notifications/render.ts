// A notification's words in one language, from the catalogs: for the inbox (title, body) and
// for its mail (subject, text, HTML). Pure and synchronous, so it runs inside the transaction
// that writes the outbox. Nothing confidential goes into a subject: only the kind's title.
// use-intl/core, not next-intl: next-intl's react-server entry needs Next's bundler, and this module
// also runs in plain Node (the mail worker in scripts and tests, the bench).
import { createTranslator } from "use-intl/core";
import { catalogs } from "../../messages";
import { isNotificationKind, type NotificationParams } from "./kinds";
import { DAY, INSTANT, formatWith, parseDay, parseInstantTable } from "../calendar/dates";

export type MailLocale = keyof typeof catalogs;

export function asLocale(value: string | null | undefined): MailLocale {
  return value === "en" ? "en" : "zh-CN";
}

const translators = new Map<MailLocale, ReturnType<typeof createTranslator<(typeof catalogs)["zh-CN"]>>>();
function translator(locale: MailLocale) {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: catalogs[locale] as (typeof catalogs)["zh-CN"] });
    translators.set(locale, t);
  }
  return t;
}

/** The site's own address for links in mail: NEXTAUTH_URL, else the local demo address. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env.NEXTAUTH_URL ?? "").trim().replace(/\/+$/, "");
  try {
    return new URL(raw).origin === "null" ? "http://localhost:3000" : raw || "http://localhost:3000";
  } catch {
    return `http://localhost:${env.PORT ?? 3000}`;
  }
}

/**
 * A date stored in a notification's params, written in the site's style for the reader's
 * language: "2026-12-02" → 2026年12月2日, "2026-12-02 09:46" (Beijing time) → 2026年12月2日 09:46.
 * Params are stored when the event happens, before anyone's language is known; anything else
 * is left as it is.
 */
export function dateParam(locale: MailLocale, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = parseDay(value);
    return day ? formatWith(locale, day, DAY) : value;
  }
  const at = parseInstantTable(value);
  return at ? formatWith(locale, at, INSTANT) : value;
}

/** A message of the catalogs in one language, with its values (ICU: plurals, selects). */
export function translate(locale: MailLocale, key: string, params: NotificationParams = {}): string {
  return (translator(locale) as unknown as (key: string, values?: NotificationParams) => string)(key, params);
}

export function renderNotification(locale: MailLocale, kind: string, params: NotificationParams): { title: string; body: string } {
  if (kind === "legacy" || !isNotificationKind(kind)) {
    return { title: String(params.title ?? ""), body: String(params.body ?? "") };
  }
  const t = translator(locale) as unknown as (key: string, values?: NotificationParams) => string;
  // The templates end a typed reason with their own full stop: "本次不予采纳。" must not read "。。".
  const values = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? dateParam(locale, v.replace(/[。．.！!；;，,\s]+$/u, "")) : v]),
  );
  return { title: t(`notify.${kind}.title`, values), body: t(`notify.${kind}.body`, values) };
}

/** Parses the stored params; anything unreadable reads as none. */
export function parseParams(json: string): NotificationParams {
  try {
    const v = JSON.parse(json);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as NotificationParams) : {};
  } catch {
    return {};
  }
}
