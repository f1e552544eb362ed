import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { transportHeaders } from "./lib/http/transport.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Scripts, styles, fonts and requests only from this site; no plugins, no framing, forms post
// only here. Inline scripts stay allowed: Next writes each page's data as inline scripts, and
// the public pages are cached for everyone, so a per-request nonce cannot be used. Images in
// published documents may come from other HTTPS sites. `next dev` also needs eval.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native drivers stay runtime requires instead of being bundled. chinese-days too: its "module"
  // entry is ESM inside a "type": "commonjs" package, which Turbopack refuses to bundle.
  serverExternalPackages: [
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "exceljs",
    "chinese-days",
  ],
  poweredByHeader: false,
  // forbidden() and app/[locale]/forbidden.tsx: a console page refuses a lesser role with HTTP 403
  // (lib/auth/page-guards.ts). Still flagged experimental in Next 16.
  // Server actions: one limit for the whole site, the larger of the two the proxy enforces with
  // its own words (lib/actions/body-limit.ts: 16 MB for the case forms that carry files, 2 MB on
  // every other path).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "16mb" } },
  // A cached public page is rendered again in the background once it is a minute old
  // (app/[locale]/layout.tsx); one not requested for two minutes is rendered again before it is
  // served, so the first visitor after a quiet night never sees yesterday's 征集中 or 公示中.
  expireTime: 120,
  // Rendered public pages and cached board reads: in memory only, expired across instances by
  // the boards' versions in the database (lib/cache/cache-handler.mjs). Next's own memory layer
  // is off so that the handler is the one store.
  cacheHandler: fileURLToPath(new URL("./lib/cache/cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Type checking is its own CI step (npm run typecheck, which also covers tests and scripts);
  // skipping it here keeps `npm start`'s first build short.
  typescript: { ignoreBuildErrors: true },
  // Build output per database provider, so a SQLite demo build and a PostgreSQL build never mix.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
          // HSTS when the site's URL (NEXTAUTH_URL) is https; read at build time, like all of these.
          ...transportHeaders(),
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
