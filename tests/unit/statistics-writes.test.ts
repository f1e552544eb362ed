// The writes that expire the public statistics are named by their actions' names: each name
// must be an action that exists, so that renaming one cannot silently leave the figures stale.
import fs from "node:fs";
import path from "node:path";
import { STATISTICS_ACTIONS, boardsAfterAction } from "@/lib/statistics/writes";

function actionNames(dir: string, out = new Set<string>()): Set<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) actionNames(p, out);
    else if (/actions\.ts$/.test(e.name)) for (const m of fs.readFileSync(p, "utf8").matchAll(/^\s+name: "([^"]+)",$/gm)) out.add(m[1]);
  }
  return out;
}

describe("statistics writes", () => {
  it("every action named exists", () => {
    const names = actionNames(path.resolve(__dirname, "../../app"));
    expect([...STATISTICS_ACTIONS].filter((n) => !names.has(n))).toEqual([]);
  });

  it("adds the statistics board to those actions' boards only", () => {
    expect(boardsAfterAction("closeCase")).toEqual(["statistics"]);
    expect(boardsAfterAction("submitNomination", ["vacancies"])).toEqual(["vacancies", "statistics"]);
    expect(boardsAfterAction("savePolicy", ["policies"])).toEqual(["policies"]);
    expect(boardsAfterAction("markMessageRead")).toEqual([]);
  });
});
