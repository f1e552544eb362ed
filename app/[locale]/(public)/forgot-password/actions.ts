"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { z } from "zod";
import { requestResetLink } from "@/lib/data/password-reset";
import { requestSmsCode } from "@/lib/data/sms-reset";
import { phoneField } from "@/lib/validation/account";
import { RESET_TTL_MS } from "@/lib/security/reset-token";
import { resetRequestSchema } from "@/lib/validation/password-reset";

// 忘记密码 by mail: open to anyone (a person signed in on one device may have forgotten the
// password on another), behind the proof-of-work check and the per-address and per-account
// limits. The answer is the same whether or not the account exists.
export const requestResetLinkAction = serverAction({
  name: "requestResetLink",
  access: "anyone",
  input: resetRequestSchema,
  challenge: true,
  handle: async ({ input, address }) => requestResetLink(input.identifier, { address: await address() }),
  done: () => ({ ok: true, message: "accountSecurity.forgot.sent", messageValues: { minutes: RESET_TTL_MS.EMAIL / 60_000 } }),
});

/** 忘记密码 by SMS (only where a gateway is configured): a code texted to the account's phone. */
export const requestSmsCodeAction = serverAction({
  name: "requestSmsCode",
  access: "anyone",
  input: z.object({ phone: phoneField }),
  challenge: true,
  handle: async ({ input, address }) => requestSmsCode(input.phone, { address: await address() }),
  done: () => ({ ok: true, message: "accountSecurity.sms.sent", messageValues: { minutes: RESET_TTL_MS.SMS / 60_000 } }),
});
