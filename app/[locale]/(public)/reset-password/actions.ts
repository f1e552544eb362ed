"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { resetWithCode, resetWithLink } from "@/lib/data/password-reset";
import { resetCodeSchema, resetLinkSchema } from "@/lib/validation/password-reset";

// Setting a new password with a mailed link, or with 手机号码 and a reset code (a reviewer's or a
// texted one). Open to anyone: the secret is the permission. Every session of the account ends.
export const resetWithLinkAction = serverAction({
  name: "resetWithLink",
  access: "anyone",
  input: resetLinkSchema,
  handle: async ({ input, address }) => resetWithLink(input.token, input.password, { address: await address() }),
  done: () => ({ ok: true, message: "accountSecurity.reset.done" }),
});

export const resetWithCodeAction = serverAction({
  name: "resetWithCode",
  access: "anyone",
  input: resetCodeSchema,
  challenge: true,
  handle: async ({ input, address }) =>
    resetWithCode({ phone: input.phone, code: input.code, password: input.password }, { address: await address() }),
  done: () => ({ ok: true, message: "accountSecurity.reset.done" }),
});
