"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { resubmitProfile } from "@/lib/data/accounts";
import { profileUpdateSchema } from "@/lib/validation/account";

/** A pending or rejected applicant corrects their profile and sends it for review again. */
export const resubmitProfileAction = serverAction({
  name: "resubmitProfile",
  access: "user",
  input: profileUpdateSchema,
  handle: ({ actor, input }) => resubmitProfile(actor, input),
  revalidate: { paths: ["/account"] },
  done: () => ({ ok: true, message: "account.saved" }),
});
