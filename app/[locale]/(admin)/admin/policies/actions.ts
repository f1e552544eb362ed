"use server";
// Console actions for 政策法规.
import { serverAction } from "@/lib/actions/pipeline";
import { createPolicy, setPolicyStatus, updatePolicy } from "@/lib/data/policies";
import { policySchema } from "@/lib/validation/boards";
import { editing, publicationMove, VERB } from "@/lib/validation/moves";

export const savePolicyAction = serverAction({
  name: "savePolicy",
  access: "staff",
  input: editing(policySchema),
  handle: async ({ actor, input: { id, data } }) =>
    id ? (await updatePolicy(actor, id, data), { id, created: false }) : { ...(await createPolicy(actor, data)), created: true },
  revalidate: { boards: ["policies"] },
  done: ({ id, created }) => ({ redirect: `/admin/policies/${id}?done=${created ? "created" : "saved"}` }),
});

export const policyStatusAction = serverAction({
  name: "policyStatus",
  access: "staff",
  input: publicationMove,
  handle: ({ actor, input }) => setPolicyStatus(actor, input.id, input.to),
  revalidate: { boards: ["policies"] },
  done: (_r, move) => ({ redirect: `/admin/policies/${move.id}?done=${VERB[move.to]}` }),
});
