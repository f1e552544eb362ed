"use server";
// Staff moves on a case (the inbox of 说心里话, 公示反映, 监督举报), each its own action on the
// one pipeline. The data layer (lib/data/cases/handling.ts) checks the caller against the case
// again: its handler or an administrator, never someone the case is about.
import { serverAction } from "@/lib/actions/pipeline";
import {
  acceptCase,
  assignCase,
  closeCase,
  dismissCase,
  noteOnCase,
  replyToCase,
  startInvestigation,
  takeCase,
} from "@/lib/data/cases/handling";
import {
  assignCaseInput,
  caseIdInput,
  closeCaseInput,
  dismissCaseInput,
  investigateCaseInput,
  noteCaseInput,
  replyCaseInput,
} from "@/lib/validation/cases-admin";

/** The case page, the inbox and the console home and menu (their counts). */
const revalidate = (_r: unknown, input: { id: string }) => ({
  paths: [
    `/admin/cases/${input.id}`,
    ["/admin", "layout"] as [string, "layout"],
    [`/account/cases/${input.id}`, "page"] as [string, "page"],
  ],
});

export const takeCaseAction = serverAction({
  name: "takeCase",
  access: "staff",
  input: caseIdInput,
  handle: ({ actor, input }) => takeCase(actor, input.id),
  revalidate,
  done: () => ({ ok: true, message: "caseAdmin.done.taken" }),
});

export const assignCaseAction = serverAction({
  name: "assignCase",
  access: "staff",
  input: assignCaseInput,
  handle: ({ actor, input }) => assignCase(actor, input.id, input.handlerId),
  revalidate,
  done: (r) => ({ ok: true, message: "caseAdmin.done.assigned", messageValues: { name: r.handlerName } }),
});

export const acceptCaseAction = serverAction({
  name: "acceptCase",
  access: "staff",
  input: caseIdInput,
  handle: ({ actor, input }) => acceptCase(actor, input.id),
  revalidate,
  done: () => ({ ok: true, message: "caseAdmin.done.accepted" }),
});

export const dismissCaseAction = serverAction({
  name: "dismissCase",
  access: "staff",
  input: dismissCaseInput,
  handle: ({ actor, input }) => dismissCase(actor, input.id, input.reason),
  revalidate,
  done: () => ({ ok: true, message: "caseAdmin.done.dismissed" }),
});

export const replyCaseAction = serverAction({
  name: "replyCase",
  access: "staff",
  input: replyCaseInput,
  handle: ({ actor, input }) => replyToCase(actor, input.id, input.body),
  revalidate,
  done: (r) => ({ ok: true, message: r.answered ? "caseAdmin.done.answered" : "caseAdmin.done.replied" }),
});

export const noteCaseAction = serverAction({
  name: "noteCase",
  access: "staff",
  input: noteCaseInput,
  handle: ({ actor, input }) => noteOnCase(actor, input.id, input.body),
  revalidate,
  done: () => ({ ok: true, message: "caseAdmin.done.noted" }),
});

export const investigateCaseAction = serverAction({
  name: "investigateCase",
  access: "staff",
  input: investigateCaseInput,
  handle: ({ actor, input }) => startInvestigation(actor, input.id, input.note),
  revalidate,
  done: () => ({ ok: true, message: "caseAdmin.done.investigating" }),
});

export const closeCaseAction = serverAction({
  name: "closeCase",
  access: "staff",
  input: closeCaseInput,
  handle: ({ actor, input }) => closeCase(actor, input.id, input),
  revalidate,
  done: () => ({ ok: true, message: "caseAdmin.done.closed" }),
});
