"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { registerUser } from "@/lib/data/accounts";
import { registrationSchema } from "@/lib/validation/account";

// Registration is for visitors (a signed-in user already has an account), behind the
// proof-of-work challenge and the per-address limit.
export const registerAction = serverAction({
  name: "register",
  access: "visitor",
  input: registrationSchema,
  challenge: true,
  handle: async ({ input, address }) => registerUser(input, { address: await address() }),
  done: () => ({ redirect: "/login?registered=1" }),
});
