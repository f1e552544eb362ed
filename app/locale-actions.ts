"use server";
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/i18n/config";
import { serverFormAction } from "@/lib/actions/pipeline";
import { setMailLocale } from "@/lib/data/inbox";

/**
 * Toggles between 简体中文 and English; the choice is kept in a cookie for a year. The page is
 * then loaded again (a redirect to where the visitor was, with or without JavaScript): the
 * proxy picks each language's cached page by that cookie, so re-rendering the current request,
 * which was routed before the cookie changed, would still show the old language. A signed-in
 * user's choice also becomes the language of their mail (消息设置 can change it apart).
 */
export const setLocale = serverFormAction({
  name: "setLocale",
  access: "anyone",
  input: z.object({}),
  handle: async ({ actor }) => {
    const next = (await getLocale()) === "en" ? "zh-CN" : "en";
    (await cookies()).set(LOCALE_COOKIE, next, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    if (actor) await setMailLocale(actor, next);
    return samePageOrHome();
  },
  done: (to) => ({ redirect: to }),
});

/** The page the switch was pressed on, if the Referer names this site; never another origin. */
async function samePageOrHome(): Promise<string> {
  const h = await headers();
  const referer = h.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return url.host === h.get("host") ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
