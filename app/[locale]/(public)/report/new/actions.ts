"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { readAttachments } from "@/lib/cases/attachment-check";
import { filedState, type FilingState } from "@/lib/cases/filed-state";
import { fileReport } from "@/lib/data/cases/report";
import { reportSchema } from "@/lib/validation/cases-channels";

// 监督举报, two doors like 公示反映 (see ../../notices/[id]/object/actions.ts): real name for an
// approved account; anonymous for anyone, behind the challenge, answered with the 查询码 once.

export const fileReportAction = serverAction({
  name: "report.file",
  access: "approved",
  input: reportSchema,
  handle: async ({ actor, input, address, files }) =>
    fileReport(actor, input, { address: await address(), anonymous: false, attachments: await readAttachments(files("attachments")) }),
  done: (r): FilingState => filedState("report.filed", r, true),
});

export const fileAnonymousReportAction = serverAction({
  name: "report.fileAnonymous",
  access: "anyone",
  input: reportSchema,
  challenge: true,
  handle: async ({ input, address, files }) =>
    fileReport(null, input, { address: await address(), anonymous: true, attachments: await readAttachments(files("attachments")) }),
  done: (r): FilingState => filedState("report.filed", r, false),
});
