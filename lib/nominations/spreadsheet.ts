// Renders a table (Chinese headers, one row per record) as .xlsx (exceljs) or .csv
// (csv-stringify). The CSV starts with a UTF-8 byte-order mark so that Excel on Windows, which
// many organization departments use, opens the Chinese text correctly.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | null;

export interface Table {
  title: string; // sheet name and the base of the file name
  headers: string[];
  rows: Cell[][];
}

export type ExportFormat = "xlsx" | "csv";

// A spreadsheet runs a text cell that starts with = + - @ (and, in some, a leading tab or
// carriage return before one) as a formula: =HYPERLINK(…) can send the row to another site,
// and DDE payloads can start programs. Exports carry what nominators and staff typed, so every
// text cell that starts with one of these gets a leading single quote (OWASP's rule): the
// spreadsheet shows the text, the reader still sees what was typed. Real numbers (the cell is
// a number, not a string) are left alone, so -3 stays a number; the text "-1" does not.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet; used for every .csv cell, headers included. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export async function renderTable(table: Table, format: ExportFormat): Promise<Buffer> {
  if (format === "csv") {
    const text = stringify([table.headers, ...table.rows.map((r) => r.map((c) => (c === null ? "" : c)))], {
      // Every string goes through here (numbers have their own cast and stay numbers).
      cast: { string: neutralizeFormula },
    });
    return Buffer.from("\uFEFF" + text, "utf8");
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = "OpenSelect";
  wb.created = new Date();
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const ws = wb.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  // exceljs writes a string as a string cell (shared string), never as a formula, so the
  // .xlsx keeps the text exactly as typed (tests/integration/export-formula-injection.test.ts
  // holds that: the sheet has no <f> element).
  ws.addRow(table.headers);
  ws.getRow(1).font = { bold: true };
  for (const r of table.rows) ws.addRow(r.map((c) => (c === null ? "" : c)));
  ws.columns.forEach((col, i) => {
    const longest = Math.max(table.headers[i]?.length ?? 0, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? "").length));
    col.width = Math.min(60, Math.max(8, longest * 2 + 2));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function contentType(format: ExportFormat): string {
  return format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/** Content-Disposition with an ASCII fallback and the UTF-8 (Chinese) name per RFC 6266/5987. */
export function attachment(baseName: string, format: ExportFormat): string {
  const name = `${baseName}.${format}`;
  const ascii = `export.${format}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
