import { z } from "zod";
import { CASE_LIMITS, OBJECTION_CONCLUSIONS, OBJECTION_VERDICTS } from "../cases/kinds";
import { isCaseKind, CASE_STATUSES, type CaseKind, type CaseStatus } from "../state/case";
import { E, optionalText, recordId, text } from "./common";

// The staff inbox's forms (app/[locale]/(admin)/admin/cases/actions.ts) and its list's query
// string. What a move needs beyond its shape (a verdict for an objection, not for a report) the
// data layer checks with the case in hand (lib/data/cases/handling.ts).

export const caseIdInput = z.object({ id: recordId });
export const assignCaseInput = z.object({ id: recordId, handlerId: recordId });
export const dismissCaseInput = z.object({ id: recordId, reason: text(CASE_LIMITS.outcomeText) });
export const replyCaseInput = z.object({ id: recordId, body: text(CASE_LIMITS.reply) });
export const noteCaseInput = z.object({ id: recordId, body: text(CASE_LIMITS.reply) });
export const investigateCaseInput = z.object({ id: recordId, note: optionalText(CASE_LIMITS.reply) });

/** An optional choice: blank is "not chosen", anything else must be one of the values. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), z.enum(values, E.invalid).optional());

export const closeCaseInput = z.object({
  id: recordId,
  verdict: optionalChoice(OBJECTION_VERDICTS),
  conclusion: optionalChoice(OBJECTION_CONCLUSIONS),
  outcomeText: optionalText(CASE_LIMITS.outcomeText),
  findings: optionalText(CASE_LIMITS.reply),
});

export type HandlerParam = "all" | "me" | "none" | { staffId: string };

export interface CaseListParams {
  kind?: CaseKind;
  status?: CaseStatus | "OPEN";
  handler: HandlerParam;
  overdue: boolean;
  sort: "new" | "urgent";
  page: number;
}

/** The inbox's query string, read leniently: anything unknown is the default (a list is never an error page). */
export function caseListParams(params: Record<string, string | string[] | undefined>): CaseListParams {
  const one = (k: string) => {
    const v = params[k];
    return typeof v === "string" ? v : undefined;
  };
  const kind = one("kind");
  const status = one("status");
  const handler = one("handler");
  return {
    kind: kind && isCaseKind(kind) ? kind : undefined,
    status:
      status === "OPEN" || (status && (CASE_STATUSES as readonly string[]).includes(status)) ? (status as CaseStatus | "OPEN") : undefined,
    handler:
      handler === "me" || handler === "none" ? handler : handler && recordId.safeParse(handler).success ? { staffId: handler } : "all",
    overdue: one("overdue") === "1",
    sort: one("sort") === "urgent" ? "urgent" : "new",
    page: Math.max(1, Math.trunc(Number(one("page")) || 1)),
  };
}

/** The same filters back as a query string's values (for links, the pager and the export). */
export function caseListSearch(p: CaseListParams): Record<string, string | undefined> {
  return {
    kind: p.kind,
    status: p.status,
    handler: typeof p.handler === "object" ? p.handler.staffId : p.handler === "all" ? undefined : p.handler,
    overdue: p.overdue ? "1" : undefined,
    sort: p.sort === "urgent" ? "urgent" : undefined,
  };
}

/** What a staff move did, as the case page confirms it (?done=…). */
export const CASE_DONE = ["taken", "assigned", "accepted", "dismissed", "answered", "replied", "noted", "investigating", "closed"] as const;
export type CaseDone = (typeof CASE_DONE)[number];

/** The ?done= of the case page, when it names a move. */
export function caseDone(value: unknown): CaseDone | null {
  return typeof value === "string" && (CASE_DONE as readonly string[]).includes(value) ? (value as CaseDone) : null;
}
