import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "./i18n/config";
import { localePath } from "./lib/routing/locale-path";
import { ACTION_BODY_LIMIT_BYTES, BODY_TOO_LARGE_TEXT } from "./lib/actions/body-limit";

// Rewrites /x to /<locale>/x (see lib/routing/locale-path.ts). next-intl's middleware with
// localePrefix "never" does the locale part, but it also negotiates Accept-Language and
// rewrites the cookie (the platform is Chinese unless the visitor switches), and the board
// lists need their own second rewrite anyway.
export function proxy(request: NextRequest) {
  if (request.method === "POST" && tooLarge(request)) {
    // Answered here, before Next reads the body, in words instead of Next's English 413 text.
    return new NextResponse(BODY_TOO_LARGE_TEXT, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { pathname, searchParams, search } = request.nextUrl;
  const target = localePath(pathname, searchParams, request.cookies.get(LOCALE_COOKIE)?.value);
  // Relative to request.url, not nextUrl: nextUrl spells 127.0.0.1 as "localhost", and a
  // rewrite to another origin is proxied over HTTP instead of served in-process.
  return NextResponse.rewrite(new URL(target + search, request.url));
}

function tooLarge(request: NextRequest): boolean {
  const length = Number(request.headers.get("content-length") ?? "0");
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES;
}

export const config = {
  // Pages only: not the auth API, feeds, build assets, sitemap/robots or files with an extension.
  matcher: ["/((?!api/|feeds/|_next/|sitemap\\.xml|robots\\.txt|.*\\.[a-zA-Z0-9]+$).*)"],
};
