// The JavaScript a first visit downloads (issue 14): for each public page, the gzip size of every
// <script src> the HTML names, except the `noModule` polyfills (modern browsers skip them).
// Target ≤ 120 kB on the home and board pages: little more than the framework, the countdown and
// the header's sign-in area.
import { gzipSync } from "node:zlib";
import type { BenchContext } from "./context";

const PAGES = ["/", "/vacancies", "/notices", "/policies", "/appointments", "/register"];
const TARGET_KB = 120;

/** The src of each <script> tag without the noModule attribute, in page order. */
export function moduleScriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1];
    if (/\bnomodule\b/i.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(attrs)?.[1];
    if (src) out.push(src.replace(/&amp;/g, "&"));
  }
  return [...new Set(out)];
}

export async function benchFirstVisitJs(ctx: BenchContext): Promise<void> {
  const { baseUrl, log } = ctx;
  const sizes = new Map<string, number>(); // script URL → gzip bytes (fetched once)
  const gzipOf = async (src: string) => {
    const url = new URL(src, baseUrl).toString();
    if (!sizes.has(url)) {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${src}: HTTP ${res.status}`);
      sizes.set(url, gzipSync(Buffer.from(await res.arrayBuffer())).length);
    }
    return sizes.get(url)!;
  };
  let worst = 0;
  for (const p of PAGES) {
    const res = await fetch(baseUrl + p);
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`);
    const srcs = moduleScriptSources(await res.text());
    let total = 0;
    for (const s of srcs) total += await gzipOf(s);
    const kb = total / 1000;
    if (p !== "/register") worst = Math.max(worst, kb);
    log(`${p.padEnd(14)} ${kb.toFixed(1).padStart(6)} kB gzip in ${String(srcs.length).padStart(2)} scripts`);
  }
  log(`home and boards, largest   ${worst.toFixed(1)} kB  (target ≤ ${TARGET_KB} kB)`);
  // The largest scripts, to see what a cut would have to remove.
  for (const [url, n] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    log(`  ${(n / 1000).toFixed(1).padStart(6)} kB  ${url.slice(baseUrl.length)}`);
  }
}
