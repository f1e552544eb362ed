"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { fileTalk } from "@/lib/data/cases/talk";
import { talkInput } from "@/lib/validation/cases-talk";

// 我向组织说心里话: an approved real-name user writes to the organization department. The data
// layer checks the account again, takes the daily slot, refuses the same text twice a day,
// numbers the letter and tells the writer; the writer lands on the letter's page.
export const fileTalkAction = serverAction({
  name: "fileTalk",
  access: "approved",
  input: talkInput,
  handle: async ({ actor, input, address }) => fileTalk(actor, input, { address: await address() }),
  revalidate: {
    paths: [
      ["/account/cases", "layout"],
      ["/admin/cases", "layout"],
    ],
  },
  done: ({ id }) => ({ redirect: `/account/cases/${id}?filed=1` }),
});
