"use server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { registerUser } from "@/lib/data/accounts";
import { failure, invalid } from "@/lib/actions/result";
import { registrationSchema } from "@/lib/validation/account";
import { formObject, type ActionState } from "@/lib/validation/common";

export async function registerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  // Session: registration is for visitors; a signed-in user already has an account.
  if (await currentActor()) return { message: "errors.register.signedIn" };
  const values = formObject(form);
  const parsed = registrationSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await registerUser(parsed.data);
  } catch (e) {
    return failure(e, values);
  }
  redirect("/login?registered=1");
}
