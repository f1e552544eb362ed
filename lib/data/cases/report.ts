import "server-only";
// 监督举报 (after 12380): a report about conduct in cadre selection and appointment, with the
// person reported, the facts (what, when, where) and evidence as text or files. The writer has
// acknowledged the warning against 诬告陷害 (the schema refuses the form otherwise).
import { transaction } from "../../db/tx";
import type { Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { CASE_LIMITS } from "../../cases/kinds";
import type { ReportInput } from "../../validation/cases-channels";
import { DomainError } from "../errors";
import { loadWorkCalendar } from "../holidays";
import { fileCase, type FiledCase } from "./engine";
import { channelAttachments, channelWriter, type ChannelFilingOptions } from "./channel-writer";

/**
 * Where the evidence typed as text starts in the thread's first message (the case has no column
 * of its own for it; staff read the letter as one text). Stored words, in the department's
 * working language.
 */
export const EVIDENCE_HEADING = "【证据材料】";

/** The first thread message: the facts, then the evidence typed as text, if any. */
export function reportLetter(input: Pick<ReportInput, "body" | "evidence">): string {
  return input.evidence ? `${input.body}\n\n${EVIDENCE_HEADING}\n${input.evidence}` : input.body;
}

export async function fileReport(actor: Actor | null, input: ReportInput, opts: ChannelFilingOptions): Promise<FiledCase> {
  if (!input.acknowledge) throw new DomainError("errors.invalid", { acknowledge: ["report.errors.acknowledge"] });
  const writer = channelWriter("REPORT", actor, opts);
  const attachments = channelAttachments("REPORT", opts);
  return transaction(async (tx) => {
    const now = opts.now ?? clockNow();
    const cal = await loadWorkCalendar(tx);
    const unitAndPost = [input.subjectUnit, input.subjectPost].filter(Boolean).join("");
    return fileCase(
      tx,
      {
        kind: "REPORT",
        writer,
        address: opts.address,
        category: input.category,
        // For staff lists: who is reported, where (the facts stay in the thread).
        title: `${input.subjectName}｜${unitAndPost}`.slice(0, CASE_LIMITS.title),
        body: reportLetter(input),
        subjectName: input.subjectName,
        subjectUnit: input.subjectUnit,
        subjectPost: input.subjectPost ?? null,
        eventTime: input.eventTime ?? null,
        eventPlace: input.eventPlace ?? null,
        attachments,
      },
      cal,
      now,
    );
  });
}
