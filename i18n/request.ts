import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./config";
import { catalogs } from "../messages";

// The language is the visitor's choice (a cookie set by the switcher), Chinese by default;
// URLs stay the same in both languages.
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  return { locale, messages: catalogs[locale], timeZone: "Asia/Shanghai" };
});
