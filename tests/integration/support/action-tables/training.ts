// Entries of the action table (../action-table.ts) for the user's side of 干部教育培训: signing up
// for a class and withdrawing (the public class page), and checking in with a session code.
// Each form names a fresh class, so every accepted call has something to act on.
import { currentCheckinCode } from "@/lib/training/checkin-code";
import type { ActionSpec, FieldSpec } from "../action-table";
import { enrol, makeClass } from "../training-world";

const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });

export const ACTIONS_TRAINING: Record<string, ActionSpec> = {
  ["app/[locale]/(public)/training/[id]/actions.ts#signUpTrainingAction"]: {
    level: "approved",
    form: async () => ({ classId: (await makeClass({ capacity: 30 })).id }),
    fields: { classId: req("id") },
  },
  ["app/[locale]/(public)/training/[id]/actions.ts#cancelTrainingSignupAction"]: {
    level: "user",
    // The caller's own sign-up of a fresh class (anyone else's cannot be named: the form carries the class only).
    form: async (_w, caller) => {
      const c = await makeClass({ capacity: 30 });
      if (caller) await enrol(c.id, caller.id, "PENDING");
      return { classId: c.id };
    },
    fields: { classId: req("id") },
  },
  ["app/[locale]/(account)/training/check-in/actions.ts#checkInTrainingAction"]: {
    level: "approved",
    // A session under way with the caller admitted, and its code of this moment.
    form: async (_w, caller) => {
      const c = await makeClass({ sessions: [{ startsAt: new Date(Date.now() - 10 * 60_000), hoursTenths: 20 }] });
      if (caller) await enrol(c.id, caller.id, "APPROVED");
      return { code: currentCheckinCode(c.sessions[0].checkinSecret, new Date()).code };
    },
    fields: { code: req("text") },
  },
};
