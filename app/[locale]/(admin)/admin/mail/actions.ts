"use server";
// The administrator sends 发送失败 mail again: one, or all of them (after the mail server was down).
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { retryAllFailedMail, retryFailedMail } from "@/lib/data/mail-outbox";
import { idInput, type ActionState } from "@/lib/validation/common";

export const retryMailAction = serverAction({
  name: "retryMail",
  access: "admin",
  input: idInput,
  handle: ({ actor, input }) => retryFailedMail(actor, input.id),
  revalidate: { paths: ["/admin/mail"] },
  done: () => ({ ok: true, message: "mailAdmin.retried" }),
});

export const retryAllMailAction = serverAction<"admin", object, number, ActionState & { count?: number }>({
  name: "retryAllMail",
  access: "admin",
  input: z.object({}),
  handle: ({ actor }) => retryAllFailedMail(actor),
  revalidate: { paths: ["/admin/mail"] },
  done: (count) => ({ ok: true, message: "mailAdmin.retriedAll", count }),
});
