"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { savePreferences } from "@/lib/data/inbox";
import { preferencesInput } from "@/lib/validation/inbox";

/** 消息设置: mail per group, the language of mail, and for staff the digest hour. */
export const savePreferencesAction = serverAction({
  name: "saveNotificationPreferences",
  access: "user",
  input: preferencesInput,
  handle: ({ actor, input }) => savePreferences(actor, input),
  revalidate: { paths: ["/account/notifications"] },
  done: () => ({ ok: true, message: "inbox.prefs.saved" }),
});
