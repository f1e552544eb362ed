import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "./i18n/config";
import { localePath } from "./lib/routing/locale-path";

// Rewrites /x to /<locale>/x (see lib/routing/locale-path.ts). next-intl's middleware with
// localePrefix "never" does the locale part, but it also negotiates Accept-Language and
// rewrites the cookie (the platform is Chinese unless the visitor switches), and the board
// lists need their own second rewrite anyway.
export function proxy(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl;
  const target = localePath(pathname, searchParams, request.cookies.get(LOCALE_COOKIE)?.value);
  // Relative to request.url, not nextUrl: nextUrl spells 127.0.0.1 as "localhost", and a
  // rewrite to another origin is proxied over HTTP instead of served in-process.
  return NextResponse.rewrite(new URL(target + search, request.url));
}

export const config = {
  // Pages only: not the auth API, feeds, build assets, sitemap/robots or files with an extension.
  matcher: ["/((?!api/|feeds/|_next/|sitemap\\.xml|robots\\.txt|.*\\.[a-zA-Z0-9]+$).*)"],
};
