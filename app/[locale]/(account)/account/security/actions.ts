"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { reissueSession } from "@/lib/auth/reissue-session";
import { changeOwnPassword, signOutEverywhere } from "@/lib/data/sessions";
import { changePasswordSchema } from "@/lib/validation/password-reset";
import { z } from "zod";

/** 修改密码: every other session ends; this one is re-issued under the new version and stays. */
export const changePasswordAction = serverAction({
  name: "changePassword",
  access: "user",
  input: changePasswordSchema,
  handle: async ({ actor, input }) => {
    const { sessionVersion } = await changeOwnPassword(actor, input);
    await reissueSession(actor.id, sessionVersion);
  },
  revalidate: { paths: ["/account/security"] },
  done: () => ({ ok: true, message: "accountSecurity.change.done" }),
});

/**
 * 退出所有设备: this session ends too, so the person lands on the sign-in page. The button posts
 * confirm=1: a post without it (a stray or crafted empty body) ends nothing.
 */
export const signOutEverywhereAction = serverAction({
  name: "signOutEverywhere",
  access: "user",
  input: z.object({ confirm: z.literal("1", "errors.invalid") }),
  handle: ({ actor }) => signOutEverywhere(actor),
  done: () => ({ redirect: "/login" }),
});
