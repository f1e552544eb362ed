import { catalogs } from "@/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it("English has exactly the keys of Simplified Chinese", () => {
    expect(keys(catalogs.en).sort()).toEqual(keys(catalogs["zh-CN"]).sort());
  });

  it("no message is empty", () => {
    for (const loc of ["zh-CN", "en"] as const) {
      const empty = keys(catalogs[loc]).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogs[loc]);
        return typeof v === "string" && v.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
