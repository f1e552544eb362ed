"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { lookupCase, type WriterCaseView } from "@/lib/data/cases/writer-view";
import { queryCodeInput } from "@/lib/validation/cases-talk";
import type { ActionState } from "@/lib/validation/common";

export type LookupState = ActionState & { view?: WriterCaseView };

// Following an anonymous case by its 查询码. A POST, so the code never goes into a URL, a log
// line or the history; the case comes back in the form's state. Every attempt counts against
// the address's hourly lookups (in the data layer), right or wrong.
export const lookupCaseAction = serverAction<"anyone", { code: string }, WriterCaseView, LookupState>({
  name: "lookupCase",
  access: "anyone",
  input: queryCodeInput,
  handle: async ({ input, address }) => lookupCase(input.code, { address: await address() }),
  done: (view) => ({ ok: true, view }),
});
