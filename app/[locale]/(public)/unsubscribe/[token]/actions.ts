"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { unsubscribe } from "@/lib/data/inbox";
import { unsubscribeInput } from "@/lib/validation/inbox";

/**
 * The unsubscribe page's confirm button (a POST: opening the link changes nothing, so a mail
 * scanner that follows links cannot unsubscribe anyone). Needs no session: the signed token is
 * the authority, and it can only turn mail off. The page then says what was done.
 */
export const unsubscribeAction = serverAction({
  name: "unsubscribe",
  access: "anyone",
  input: unsubscribeInput,
  handle: ({ input }) => unsubscribe(input.token),
  done: (_, input) => ({ redirect: `/unsubscribe/${input.token}` }),
});
