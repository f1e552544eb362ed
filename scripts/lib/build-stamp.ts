// Decides whether the production build and the generated Prisma client are current: a hash of
// every source that goes into them.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "i18n",
  "public",
  "prisma/schema.prisma",
  "package-lock.json",
  "next.config.mjs",
  "postcss.config.mjs",
  // Top-level files Next builds in too: a changed proxy or instrumentation hook needs a new build.
  "proxy.ts",
  "instrumentation.ts",
  "tsconfig.json",
];
const SKIP = new Set(["generated", "node_modules", ".next"]);

function walk(p: string, out: string[]) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isFile()) return void out.push(p);
  for (const e of fs.readdirSync(p).sort()) if (!SKIP.has(e)) walk(path.join(p, e), out);
}

export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const s of SOURCES) walk(path.join(root, s), files);
  const h = createHash("sha256");
  for (const f of files) h.update(path.relative(root, f)).update("\0").update(fs.readFileSync(f)).update("\0");
  return h.digest("hex");
}

export interface Stamp {
  sources: string;
  /** The HSTS header the build sends ("" for a plain-http site). */
  hsts?: string;
}

export function readStamp(file: string): Stamp | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

export function writeStamp(file: string, stamp: Stamp) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(stamp, null, 2));
}
