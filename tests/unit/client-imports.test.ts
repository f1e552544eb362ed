// What the browser downloads follows from what client components import. A client component
// that takes one constant from a file that also builds zod schemas puts all of zod (31 kB gzip,
// more than the page's own code) into that page's first download: /register, the nomination
// form and 监督举报 did. Constants the forms share with their schemas live in zod-free files.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "components"];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The project files a module imports at run time (type-only imports are erased). */
function runtimeImports(file: string): { spec: string; resolved: string | null }[] {
  const src = fs.readFileSync(file, "utf8");
  const out: { spec: string; resolved: string | null }[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+"([^"]+)"/gm)) {
    const clause = m[1];
    // `import { type A, type B } from` is erased too.
    if (
      /^\{[^}]*\}$/.test(clause.trim()) &&
      clause
        .replace(/[{}\s]/g, "")
        .split(",")
        .every((n) => !n || n.startsWith("type"))
    )
      continue;
    out.push({ spec: m[2], resolved: resolve(file, m[2]) });
  }
  for (const m of src.matchAll(/^\s*import\s+"([^"]+)"/gm)) out.push({ spec: m[1], resolved: resolve(file, m[1]) });
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

const isClient = (file: string) => /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8"));

/** The chain of files from a client component to a file that imports zod, if any. */
function zodChain(start: string): string[] | null {
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    for (const { spec, resolved } of runtimeImports(file)) {
      if (spec === "zod" || spec.startsWith("zod/")) return [...chain, file];
      if (resolved) {
        const found = visit(resolved, [...chain, file]);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(start, []);
}

describe("client components", () => {
  const clients = SOURCE_DIRS.flatMap((d) => walk(path.join(ROOT, d))).filter(isClient);

  it("are found (the check below looks at something)", () => {
    expect(clients.length).toBeGreaterThan(30);
  });

  it("never pull zod into the browser through a shared constant", () => {
    const offenders = clients
      .map((f) => zodChain(f))
      .filter((c): c is string[] => c !== null)
      .map((c) => c.map((f) => path.relative(ROOT, f)).join(" → "));
    expect(offenders).toEqual([]);
  });

  it("would notice one that does", () => {
    // The registration form once took POLITICAL_STATUSES from lib/validation/account.ts.
    const schemaFile = path.join(ROOT, "lib/validation/account.ts");
    expect(runtimeImports(schemaFile).some((i) => i.spec === "zod")).toBe(true);
    expect(zodChain(schemaFile)).not.toBeNull();
  });
});
