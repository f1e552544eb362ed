// Message catalogs: one JSON file per feature namespace and language, gathered per language in
// messages/<language>/index.ts. Add a namespace by importing it in both (tests/unit/catalogs.test.ts
// checks they match).
import zhCN from "./zh-CN";
import en from "./en";

export const catalogs = { "zh-CN": zhCN, en };
