"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { withdrawNomination } from "@/lib/data/nominations";
import { idInput } from "@/lib/validation/common";

/** Withdraws one of the caller's own nominations; someone else's id reads as not found. */
export const withdrawNominationAction = serverAction({
  name: "withdrawNomination",
  access: "approved",
  input: idInput,
  handle: ({ actor, input }) => withdrawNomination(actor, input.id),
  revalidate: {
    paths: [
      ["/account/nominations", "layout"],
      ["/admin/nominations", "layout"],
    ],
  },
  done: () => ({ ok: true, message: "nominations.mine.withdrawn" }),
});
