"use server";
import { parsed, serverAction } from "@/lib/actions/pipeline";
import { submitNomination } from "@/lib/data/nominations";
import { parseNominationForm } from "@/lib/validation/nomination";

const nominationInput = parsed((v) => parseNominationForm(v.kind === "OPEN" ? "OPEN" : "TARGETED", v as Record<string, string>));

// One action for both kinds (the form says which); the data layer checks the window, the cap,
// duplicates and the signature, and audits, in one transaction.
export const submitNominationAction = serverAction({
  name: "submitNomination",
  access: "approved",
  input: nominationInput,
  handle: ({ actor, input }) => submitNomination(actor, input),
  revalidate: { paths: ["/account/nominations", ["/admin/nominations", "layout"]] },
  done: ({ id }) => ({ redirect: `/account/nominations/${id}?submitted=1` }),
});
