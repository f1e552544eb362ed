"use server";
// The administrator resets another staff member's two-step verification (a lost or replaced
// phone): lib/data/two-factor.ts resetTwoFactor. Administrators only, never one's own; audited;
// the person's sessions end and they set it up again at the next sign-in.
import { serverAction } from "@/lib/actions/pipeline";
import { resetTwoFactor } from "@/lib/data/two-factor";
import { idInput } from "@/lib/validation/common";

export const resetTwoFactorAction = serverAction({
  name: "resetTwoFactor",
  access: "admin",
  input: idInput,
  handle: ({ actor, input }) => resetTwoFactor(actor, input.id),
  revalidate: { paths: ["/admin/staff"] },
  // The reset form goes with the reset (nothing left to reset), and an answer shown in it would go
  // too: the staff page says it in its banner instead.
  done: () => ({ redirect: "/admin/staff?done=twoFactorReset" }),
});
