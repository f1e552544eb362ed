import "server-only";
// Translator and formatter for the public board pages, kept for the life of the process.
//
// next-intl's getTranslations()/getFormatter() build their message-format and Intl caches per
// request, so every request compiles each ICU message it uses ("{count} 名", the window range,
// the countdown) and constructs its Intl.DateTimeFormat objects again; on a board with twenty
// items that was most of what the page cost beyond a static page. The catalogs are static, so
// one translator per language, with next-intl's own cache objects (_createCache /
// _createIntlFormatters, the same ones its request config uses), gives the same output and
// compiles each message once. The request's language still comes from getLocale().
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/config";
import { catalogs } from "@/messages";
import { BEIJING_TIME_ZONE as TIME_ZONE } from "@/lib/calendar/dates";
import type { F, T } from "./i18n-types";

type Pair = { t: T; format: F & ReturnType<typeof createFormatter> };
const byLocale = new Map<Locale, Pair>();

function pairFor(locale: Locale): Pair {
  let pair = byLocale.get(locale);
  if (!pair) {
    const _cache = _createCache();
    const _formatters = _createIntlFormatters(_cache);
    const t = createTranslator({ locale, messages: catalogs[locale], timeZone: TIME_ZONE, _cache, _formatters }) as unknown as T;
    pair = { t, format: createFormatter({ locale, timeZone: TIME_ZONE, _cache, _formatters }) };
    byLocale.set(locale, pair);
  }
  return pair;
}

async function requestLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}

/** Like getTranslations([namespace]) from next-intl/server, for the request's language. */
export async function getBoardTranslations(namespace?: string): Promise<T> {
  const { t } = pairFor(await requestLocale());
  return namespace ? (key, values) => t(`${namespace}.${key}`, values) : t;
}

/** Like getFormatter() from next-intl/server, for the request's language. */
export async function getBoardFormatter(): Promise<Pair["format"]> {
  return pairFor(await requestLocale()).format;
}
