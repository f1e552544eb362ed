"use server";
import { z } from "zod";
import { parsed, serverAction } from "@/lib/actions/pipeline";
import { E } from "@/lib/validation/common";
import { submitNomination } from "@/lib/data/nominations";
import { parseNominationForm } from "@/lib/validation/nomination";

// The kind decides the schema, so it is checked first: anything but the two kinds is refused.
const kindSchema = z.object({ kind: z.enum(["TARGETED", "OPEN"], E.invalid) });
const nominationInput = parsed((v) => {
  const kind = kindSchema.safeParse(v);
  return kind.success ? parseNominationForm(kind.data.kind, v as Record<string, string>) : kind;
});

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
