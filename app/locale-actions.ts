"use server";
import { cookies } from "next/headers";
import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE } from "@/i18n/config";

/** Toggles between 简体中文 and English; the choice is kept in a cookie for a year. */
export async function setLocale() {
  const next = (await getLocale()) === "en" ? "zh-CN" : "en";
  (await cookies()).set(LOCALE_COOKIE, next, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  revalidatePath("/", "layout");
}
