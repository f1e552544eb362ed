"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { markAllRead, markRead } from "@/lib/data/inbox";
import { inboxPath, markAllInput, messageInput } from "@/lib/validation/inbox";

// The inbox's buttons. Plain forms (no JavaScript needed): each goes back to the page it was
// pressed on, or on to where the message asks the user to act. Someone else's message id
// reads as not found (lib/data/inbox.ts).

const REFRESH = { paths: [["/account", "layout"] as [string, "layout"]] };

/** Opens a message: marks it read and goes to where the user acts on it (or back to the inbox). */
export const openMessageAction = serverAction({
  name: "openMessage",
  access: "user",
  input: messageInput,
  handle: ({ actor, input }) => markRead(actor, input.id),
  revalidate: REFRESH,
  done: ({ link }, input) => ({ redirect: link ?? inboxPath(input.filter, input.page) }),
});

/** Marks one message read and stays in the inbox. */
export const markReadAction = serverAction({
  name: "markMessageRead",
  access: "user",
  input: messageInput,
  handle: ({ actor, input }) => markRead(actor, input.id),
  revalidate: REFRESH,
  done: (_, input) => ({ redirect: inboxPath(input.filter, input.page) }),
});

/** 全部标为已读 (up to the newest message the page showed). */
export const markAllReadAction = serverAction({
  name: "markAllMessagesRead",
  access: "user",
  input: markAllInput,
  handle: ({ actor, input }) => markAllRead(actor, input.upTo),
  revalidate: REFRESH,
  done: (_, input) => ({ redirect: inboxPath(input.filter, 1) }),
});
