"use server";
// The account holder's own rights (个人信息保护法第四十四至四十七条): 更正 (profile), 注销 (closing
// the account) and agreeing to the privacy statement in force. 查阅、复制 is the download route
// (./data/route.ts). Each on the one pipeline; the data layer checks the caller again.
import { serverAction } from "@/lib/actions/pipeline";
import { sameOriginPath } from "@/lib/http/callback-url";
import { changePhone, requestIdentityChange, updateContactDetails } from "@/lib/data/profile";
import { closeAccount } from "@/lib/data/account-closure";
import { agreeToPrivacyStatement } from "@/lib/data/consent";
import { closeAccountSchema, consentSchema, contactDetailsSchema, identityChangeSchema, phoneChangeSchema } from "@/lib/validation/rights";
import { z } from "zod";

/** 工作单位, 职务, 政治面貌, 电子邮箱: saved at once. */
export const updateContactDetailsAction = serverAction({
  name: "updateContactDetails",
  access: "approved",
  input: contactDetailsSchema,
  handle: ({ actor, input }) => updateContactDetails(actor, input),
  revalidate: { paths: ["/account"] },
  done: (r) => ({ ok: true, message: r.changed ? "rights.profile.saved" : "rights.profile.unchanged" }),
});

/** A new phone number, with the current password. */
export const changePhoneAction = serverAction({
  name: "changePhone",
  access: "approved",
  input: phoneChangeSchema,
  handle: ({ actor, input }) => changePhone(actor, input),
  revalidate: { paths: ["/account"] },
  done: () => ({ ok: true, message: "rights.phone.saved" }),
});

/** A new real name or ID number: the account goes back to review. */
export const requestIdentityChangeAction = serverAction({
  name: "requestIdentityChange",
  access: "approved",
  input: identityChangeSchema,
  handle: ({ actor, input }) => requestIdentityChange(actor, input),
  revalidate: { paths: ["/account"] },
  done: () => ({ ok: true, message: "rights.identity.submitted" }),
});

/** 注销: with the password and the confirmation; the user lands on the page that says what happened. */
export const closeAccountAction = serverAction({
  name: "closeAccount",
  access: "user",
  input: closeAccountSchema,
  handle: ({ actor, input }) => closeAccount(actor, input),
  done: () => ({ redirect: "/account-closed" }),
});

/** Agrees to the privacy statement in force, then back to the page the user was going to. */
export const agreeConsentAction = serverAction({
  name: "agreeConsent",
  access: "user",
  input: consentSchema.extend({ next: z.string().max(2048).optional() }),
  handle: ({ actor, input }) => agreeToPrivacyStatement(actor, input.version),
  done: (_r, input) => ({ redirect: nextPath(input.next) }),
});

// Only a path on this site (any origin will do as the base: an absolute address is refused).
function nextPath(value: string | undefined): string {
  const path = sameOriginPath(value, "http://openselect.invalid");
  return path && !path.startsWith("/account/consent") ? path : "/account";
}
