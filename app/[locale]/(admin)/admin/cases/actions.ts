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
  type CaseDone,
} from "@/lib/validation/cases-admin";

/** The case page, the inbox and the console home and menu (their counts). */
const revalidate = (_r: unknown, input: { id: string }) => ({
  paths: [
    `/admin/cases/${input.id}`,
    ["/admin", "layout"] as [string, "layout"],
    [`/account/cases/${input.id}`, "page"] as [string, "page"],
  ],
});

/**
 * Back to the case with what was done: the page says it (a move's form often disappears with the
 * move, and its own state with it, so the confirmation lives on the page, not in the form).
 */
const done = (id: string, what: CaseDone) => ({ redirect: `/admin/cases/${id}?done=${what}` });

export const takeCaseAction = serverAction({
  name: "takeCase",
  access: "staff",
  input: caseIdInput,
  handle: ({ actor, input }) => takeCase(actor, input.id),
  revalidate,
  done: (_r, input) => done(input.id, "taken"),
});

export const assignCaseAction = serverAction({
  name: "assignCase",
  access: "staff",
  input: assignCaseInput,
  handle: ({ actor, input }) => assignCase(actor, input.id, input.handlerId),
  revalidate,
  done: (_r, input) => done(input.id, "assigned"),
});

export const acceptCaseAction = serverAction({
  name: "acceptCase",
  access: "staff",
  input: caseIdInput,
  handle: ({ actor, input }) => acceptCase(actor, input.id),
  revalidate,
  done: (_r, input) => done(input.id, "accepted"),
});

export const dismissCaseAction = serverAction({
  name: "dismissCase",
  access: "staff",
  input: dismissCaseInput,
  handle: ({ actor, input }) => dismissCase(actor, input.id, input.reason),
  revalidate,
  done: (_r, input) => done(input.id, "dismissed"),
});

export const replyCaseAction = serverAction({
  name: "replyCase",
  access: "staff",
  input: replyCaseInput,
  handle: ({ actor, input }) => replyToCase(actor, input.id, input.body),
  revalidate,
  done: (r, input) => done(input.id, r.answered ? "answered" : "replied"),
});

export const noteCaseAction = serverAction({
  name: "noteCase",
  access: "staff",
  input: noteCaseInput,
  handle: ({ actor, input }) => noteOnCase(actor, input.id, input.body),
  revalidate,
  done: (_r, input) => done(input.id, "noted"),
});

export const investigateCaseAction = serverAction({
  name: "investigateCase",
  access: "staff",
  input: investigateCaseInput,
  handle: ({ actor, input }) => startInvestigation(actor, input.id, input.note),
  revalidate,
  done: (_r, input) => done(input.id, "investigating"),
});

export const closeCaseAction = serverAction({
  name: "closeCase",
  access: "staff",
  input: closeCaseInput,
  handle: ({ actor, input }) => closeCase(actor, input.id, input),
  revalidate,
  done: (_r, input) => done(input.id, "closed"),
});
