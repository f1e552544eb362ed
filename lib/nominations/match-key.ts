// One candidate record per person: nominations are matched on normalized name + birth date +
// work unit. Normalization removes what differs between two people typing the same thing
// (full-width forms, spaces, the middle dot of minority and foreign names, letter case,
// punctuation), never anything that could make two different people equal.
import { formatDay } from "../calendar/dates";

export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s·•・.．]/g, "")
    .toLowerCase();
}

export function normalizeUnit(unit: string): string {
  return unit
    .normalize("NFKC")
    .replace(/[\s·•・.,，、。()（）【】\[\]"'“”‘’-]/g, "")
    .toLowerCase();
}

export function candidateMatchKey(p: { name: string; birthDate: Date; workUnit: string }): string {
  return `${normalizeName(p.name)}|${formatDay(p.birthDate)}|${normalizeUnit(p.workUnit)}`;
}
