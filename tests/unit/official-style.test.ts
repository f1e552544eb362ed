// Official style on every page: “” quotation marks (never 「」), no software package names, no
// demo disclaimers in the seeded policy texts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : files(p, ext);
    return ext.test(name) ? [p] : [];
  });
}

const root = process.cwd();
const sources = [
  ...files(join(root, "messages"), /\.json$/),
  ...["app", "components", "lib"].flatMap((d) => files(join(root, d), /\.(ts|tsx)$/)),
  ...files(join(root, "scripts/seed"), /\.ts$/),
];
const hits = (re: RegExp, list = sources) => list.filter((f) => re.test(readFileSync(f, "utf8"))).map((f) => f.slice(root.length + 1));

test("quotation marks are “”, never 「」", () => {
  expect(hits(/[「」]/)).toEqual([]);
});

test("no package names in the catalogs", () => {
  expect(hits(/chinese-days|软件包|\bnpm\b|\bSMTP\b|\bTOTP\b/i, files(join(root, "messages/zh-CN"), /\.json$/))).toEqual([]);
});

test("seeded policies carry no demo disclaimer", () => {
  expect(hits(/演示摘要|平台演示/, files(join(root, "scripts/seed"), /\.ts$/))).toEqual([]);
});
