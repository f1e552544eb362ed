// Finds every server action in the source tree by itself, so a new one cannot slip past the
// authorization matrix and the bad-input corpus: each module whose first statement is the
// "use server" directive is loaded, and each function it exports is an action (Next allows
// only async functions there, and each is reachable by a crafted POST).
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const SCAN = ["app", "lib", "components", "i18n"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

export interface ServerAction {
  /** "app/[locale]/(admin)/admin/account-actions.ts#approveAction": the key of the tables. */
  key: string;
  file: string;
  name: string;
  fn: (...args: unknown[]) => Promise<unknown>;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !/\.(test|spec|d)\.tsx?$/.test(entry.name)) yield full;
  }
}

/** Leading comments and blank lines skipped: is the first statement "use server"? */
export function isServerModule(source: string): boolean {
  const body = source.replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(body);
}

/** Files with a "use server" directive that is not the module's first statement (inline actions). */
export function inlineServerActionFiles(): string[] {
  const out: string[] = [];
  for (const dir of SCAN) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const file of sourceFiles(abs)) {
      const src = fs.readFileSync(file, "utf8");
      if (isServerModule(src)) continue;
      // A directive is a statement opening a function body; mentions in comments are not.
      const code = src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/[^\n]*/g, "$1");
      if (/[{;]\s*["']use server["']/.test(code)) out.push(path.relative(ROOT, file));
    }
  }
  return out;
}

export function serverModuleFiles(): string[] {
  const out: string[] = [];
  for (const dir of SCAN) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const file of sourceFiles(abs)) if (isServerModule(fs.readFileSync(file, "utf8"))) out.push(path.relative(ROOT, file));
  }
  return out.sort();
}

/** Loads every "use server" module (after the test's mocks are registered) and lists its exports. */
export function discoverServerActions(): ServerAction[] {
  const actions: ServerAction[] = [];
  for (const file of serverModuleFiles()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the list is only known at run time
    const mod = require(path.join(ROOT, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (name === "__esModule" || typeof value !== "function") continue;
      actions.push({ key: `${file}#${name}`, file, name, fn: value as ServerAction["fn"] });
    }
  }
  return actions;
}
