"use server";
// 试用期: staff record the assessment at the end of a probation (胜任 / 不胜任, with a note).
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { assessProbation, PROBATION_RESULTS } from "@/lib/data/probations";
import { E, recordId, text } from "@/lib/validation/common";

export const assessProbationAction = serverAction({
  name: "assessProbation",
  access: "staff",
  input: z.object({ id: recordId, result: z.enum(PROBATION_RESULTS, E.invalid), note: text(500) }),
  handle: ({ actor, input }) => assessProbation(actor, input.id, input.result, input.note),
  revalidate: (_r, input) => ({ paths: ["/admin/probations", `/admin/appointments/${input.id}`, ["/admin", "layout"]] }),
  done: () => ({ redirect: "/admin/probations?done=assessed" }),
});
