"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { readAttachments } from "@/lib/cases/attachment-check";
import { filedState, type FilingState } from "@/lib/cases/filed-state";
import { fileObjection } from "@/lib/data/cases/objection";
import { objectionSchema } from "@/lib/validation/cases-channels";

// 公示反映, two doors for the two ways of writing (the form picks one by the writer's choice):
// - under one's real name: an approved account, no challenge (the account is the check);
// - anonymously: anyone (a visitor, or a signed-in user who chooses it), behind the
//   proof-of-work challenge; no account is passed on, so none can be recorded, and the answer
//   carries the 查询码 once.
// Nothing public changes (a case is never on a public page): no revalidation.

export const fileObjectionAction = serverAction({
  name: "objection.file",
  access: "approved",
  input: objectionSchema,
  handle: async ({ actor, input, address, files }) =>
    fileObjection(actor, input, { address: await address(), anonymous: false, attachments: await readAttachments(files("attachments")) }),
  done: (r): FilingState => filedState("objection.filed", r, true),
});

export const fileAnonymousObjectionAction = serverAction({
  name: "objection.fileAnonymous",
  access: "anyone",
  input: objectionSchema,
  challenge: true,
  handle: async ({ input, address, files }) =>
    fileObjection(null, input, { address: await address(), anonymous: true, attachments: await readAttachments(files("attachments")) }),
  done: (r): FilingState => filedState("objection.filed", r, false),
});
