import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "./i18n/config";
import { cdnMaxAgeFromEnv, isCachedPage, publicPageCacheControl } from "./lib/http/page-cache-control";
import { localePath } from "./lib/routing/locale-path";
import { ACTION_BODY_LIMIT_BYTES, bodyLimitBytes, bodyTooLargeText, LENGTH_REQUIRED_TEXT } from "./lib/actions/body-limit";

// Rewrites /x to /<locale>/x (see lib/routing/locale-path.ts). next-intl's middleware with
// localePrefix "never" does the locale part, but it also negotiates Accept-Language and
// rewrites the cookie (the platform is Chinese unless the visitor switches), and the board
// lists need their own second rewrite anyway.
export function proxy(request: NextRequest) {
  if (request.method === "POST") {
    const refused = bodyRefusal(request);
    if (refused) return refused;
  }
  const { pathname, searchParams, search } = request.nextUrl;
  const target = localePath(pathname, searchParams, request.cookies.get(LOCALE_COOKIE)?.value);
  // Relative to request.url, not nextUrl: nextUrl spells 127.0.0.1 as "localhost", and a
  // rewrite to another origin is proxied over HTTP instead of served in-process.
  const response = NextResponse.rewrite(new URL(target + search, request.url));
  // Browsers revalidate the cached public pages every time (lib/http/page-cache-control.ts).
  if ((request.method === "GET" || request.method === "HEAD") && isCachedPage(target)) {
    response.headers.set("Cache-Control", PUBLIC_PAGE_CACHE_CONTROL);
  }
  return response;
}

const PUBLIC_PAGE_CACHE_CONTROL = publicPageCacheControl(cdnMaxAgeFromEnv());

/**
 * A POST over its path's limit (2 MB; 16 MB for the case forms that carry files) is answered
 * here, before Next reads the body, in words instead of Next's English 413 text. Next's own
 * server-action limit is the larger figure for the whole site, so a body that states no length
 * (chunked) is refused on the other paths: it could otherwise bring 16 MB anywhere.
 */
function bodyRefusal(request: NextRequest): NextResponse | null {
  const limit = bodyLimitBytes(request.nextUrl.pathname);
  const stated = request.headers.get("content-length");
  const text = { "content-type": "text/plain; charset=utf-8" };
  if (stated === null) {
    const chunked = !!request.headers.get("transfer-encoding");
    return chunked && limit === ACTION_BODY_LIMIT_BYTES ? new NextResponse(LENGTH_REQUIRED_TEXT, { status: 411, headers: text }) : null;
  }
  const length = Number(stated);
  return Number.isFinite(length) && length > limit ? new NextResponse(bodyTooLargeText(limit), { status: 413, headers: text }) : null;
}

export const config = {
  // Pages only: not the auth API, feeds, build assets, sitemap/robots or files with an extension.
  matcher: ["/((?!api/|feeds/|_next/|sitemap\\.xml|robots\\.txt|.*\\.[a-zA-Z0-9]+$).*)"],
};
