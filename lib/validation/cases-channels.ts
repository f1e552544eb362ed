// What a writer sends to 公示反映 and 监督举报 (the forms' fields, as the action pipeline
// hands them over). Who may send and when (the notice's period, the daily caps, the same text
// twice) is the data layer's (lib/data/cases/objection.ts, report.ts).
import { z } from "zod";
import { CASE_LIMITS, REPORT_CATEGORIES } from "../cases/kinds";
import { choice } from "./boards";
import { checkbox, optionalText, recordId, text } from "./common";
import { EVIDENCE_MAX, MIN_LETTER_CHARS } from "./letter-limits";

// Invisible in a name, so two "identical" names would differ (the pipeline checks this only for
// fields called *name; here the person's name is subjectName).
const ZERO_WIDTH_OR_BREAK = /[\u180E\u200B-\u200D\u2060\uFEFF\n\t]/;

const letter = (max: number, short: string) => text(max).refine((s) => [...s].length >= MIN_LETTER_CHARS, { message: short });

const personName = (max: number) => text(max).refine((s) => !ZERO_WIDTH_OR_BREAK.test(s), { message: "errors.invisibleChars" });

/** 公示反映: one person of one 任职前公示, and what the writer has to say about them. */
export const objectionSchema = z.object({
  noticeId: recordId,
  noticeEntryId: recordId,
  body: letter(CASE_LIMITS.body, "objection.errors.bodyShort"),
});
export type ObjectionInput = z.infer<typeof objectionSchema>;

/** 监督举报: the person reported, the facts (what, when, where), evidence, and the acknowledgement of the 诬告陷害 warning. */
export const reportSchema = z.object({
  category: choice(REPORT_CATEGORIES),
  subjectName: personName(CASE_LIMITS.subjectName),
  subjectUnit: text(CASE_LIMITS.subjectUnit),
  subjectPost: optionalText(CASE_LIMITS.subjectPost),
  body: letter(CASE_LIMITS.body, "report.errors.bodyShort"),
  eventTime: optionalText(CASE_LIMITS.eventTime),
  eventPlace: optionalText(CASE_LIMITS.eventPlace),
  evidence: optionalText(EVIDENCE_MAX),
  acknowledge: checkbox.refine((v) => v, { message: "report.errors.acknowledge" }),
});
export type ReportInput = z.infer<typeof reportSchema>;
