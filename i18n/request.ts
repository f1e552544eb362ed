import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./config";
import { catalogs } from "../messages";
import { BEIJING_TIME_ZONE } from "../lib/calendar/dates";

// The language is the visitor's choice (a cookie set by the switcher), Chinese by default;
// URLs stay the same in both languages. proxy.ts rewrites every page to /[locale]/…, and the
// public pages pass that segment to setRequestLocale() so they can be rendered once and
// cached (a page that read the cookie here would be rendered on every request). Pages that
// are per-visitor anyway (account, console, forms) fall back to the cookie, which is the
// value the proxy chose the segment from.
export default getRequestConfig(async ({ requestLocale }) => {
  const fromSegment = await requestLocale;
  // A segment that is not a language (/x.png reaching [locale]) is answered with a 404 by the
  // layout; reading the cookie then would turn a cached page dynamic mid-render.
  const locale = fromSegment === undefined ? await cookieLocale() : isLocale(fromSegment) ? fromSegment : DEFAULT_LOCALE;
  return { locale, messages: catalogs[locale], timeZone: BEIJING_TIME_ZONE };
});

async function cookieLocale() {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
