"use server";
// Sign up for a training class and withdraw, from the class page's sign-up box. The class page
// itself is cached and unchanged by a sign-up (places left are read per request), so only the
// reader's record and the console's lists are revalidated.
import { serverAction } from "@/lib/actions/pipeline";
import { cancelEnrolment, signUp } from "@/lib/data/training/enrolments";
import { classIdInput } from "@/lib/validation/training-signup";

const paths = (classId: string) => ({
  paths: ["/account/training", `/admin/training/${classId}`, ["/admin", "layout"] as [string, "layout"]],
});

export const signUpTrainingAction = serverAction({
  name: "signUpTraining",
  access: "approved",
  input: classIdInput,
  handle: ({ actor, input }) => signUp(actor, input.classId),
  revalidate: (_r, input) => paths(input.classId),
  done: (r) => ({ ok: true, message: r.status === "WAITLISTED" ? "training.signup.waitlisted" : "training.signup.signedUp" }),
});

export const cancelTrainingSignupAction = serverAction({
  name: "cancelTrainingSignup",
  access: "user",
  input: classIdInput,
  handle: ({ actor, input }) => cancelEnrolment(actor, input.classId),
  revalidate: (_r, input) => paths(input.classId),
  done: () => ({ ok: true, message: "training.signup.cancelled" }),
});
