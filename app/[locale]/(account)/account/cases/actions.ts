"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { confirmTalk, followUpTalk } from "@/lib/data/cases/talk";
import { confirmInput, followUpInput } from "@/lib/validation/cases-talk";

// The writer's two moves on an answered letter; someone else's case id reads as not found.
const revalidate = {
  paths: [
    ["/account/cases", "layout"],
    ["/admin/cases", "layout"],
  ] as [string, "layout"][],
};

/** The one follow-up within the window after an answer (已答复 → 已受理). */
export const followUpTalkAction = serverAction({
  name: "followUpTalk",
  access: "approved",
  input: followUpInput,
  handle: ({ actor, input }) => followUpTalk(actor, input.id, input.body),
  revalidate,
  done: () => ({ ok: true, message: "myCases.followUp.done" }),
});

/** The writer confirms the answered letter is settled (已答复 → 已办结). */
export const confirmTalkAction = serverAction({
  name: "confirmTalk",
  access: "approved",
  input: confirmInput,
  handle: ({ actor, input }) => confirmTalk(actor, input.id),
  revalidate,
  done: () => ({ ok: true, message: "myCases.confirm.done" }),
});
