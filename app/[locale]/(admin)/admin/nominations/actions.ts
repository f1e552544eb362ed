"use server";
// Reviewer actions on nominations: decisions (one or many), the shortlist, merging two records
// of one person.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { decideNominations, setShortlisted } from "@/lib/data/nomination-review";
import { mergeCandidates } from "@/lib/data/candidates";
import { E, recordId, selectedRows, type ActionState } from "@/lib/validation/common";

export type DecideState = ActionState & { changed?: number; skipped?: number };

const decisionSchema = z.object({
  ids: selectedRows(500),
  decision: z.enum(["ACCEPTED", "REJECTED"], E.invalid),
  reason: z.string().max(500, E.tooLong).default(""),
});

/** Accept or reject the selected nominations (one or many); rejection needs a reason (data layer). */
export const decideAction = serverAction<
  "staff",
  z.infer<typeof decisionSchema>,
  Awaited<ReturnType<typeof decideNominations>>,
  DecideState
>({
  name: "decideNominations",
  access: "staff",
  input: decisionSchema,
  handle: ({ actor, input }) => decideNominations(actor, input.ids, input.decision, input.reason),
  revalidate: {
    paths: [
      ["/admin", "layout"],
      ["/account/nominations", "layout"],
    ],
  },
  done: (result) => ({ ok: true, message: "nominations.review.decided", ...result }),
});

const shortlistSchema = z.object({ vacancyId: recordId, candidateId: recordId, on: z.enum(["1", "0"], E.invalid) });

export const shortlistAction = serverAction({
  name: "shortlist",
  access: "staff",
  input: shortlistSchema,
  handle: ({ actor, input }) => setShortlisted(actor, input.vacancyId, input.candidateId, input.on === "1"),
  revalidate: (_r, input) => ({ paths: [`/admin/nominations/${input.vacancyId}`, `/admin/candidates/${input.candidateId}`] }),
  done: (_r, input) => ({ ok: true, message: input.on === "1" ? "nominations.review.shortlisted" : "nominations.review.shortlistRemoved" }),
});

const mergeSchema = z.object({
  keepId: recordId,
  dropId: z
    .string()
    .min(1, "nominations.errors.candidateId")
    .max(40, "nominations.errors.candidateId")
    .regex(/^[A-Za-z0-9_-]+$/, "nominations.errors.candidateId"),
});

export const mergeAction = serverAction({
  name: "mergeCandidates",
  access: "staff",
  input: mergeSchema,
  handle: ({ actor, input }) => mergeCandidates(actor, input.keepId, input.dropId),
  revalidate: {
    paths: [
      ["/admin/candidates", "layout"],
      ["/admin/nominations", "layout"],
    ],
  },
  done: () => ({ ok: true, message: "nominations.candidates.merged" }),
});
