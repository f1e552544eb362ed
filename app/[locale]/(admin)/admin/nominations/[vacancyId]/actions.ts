"use server";
// From the shortlist to the 公示: the review page's "发布任职前公示" makes the draft and opens it.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { draftNoticeFromShortlist } from "@/lib/data/notice-drafts";
import { recordId } from "@/lib/validation/common";

export const draftNoticeAction = serverAction({
  name: "draftNoticeFromShortlist",
  access: "staff",
  input: z.object({ vacancyId: recordId }),
  handle: ({ actor, input }) => draftNoticeFromShortlist(actor, input.vacancyId),
  revalidate: (_r, input) => ({ paths: [`/admin/nominations/${input.vacancyId}`, ["/admin/notices", "layout"]] }),
  done: ({ id }) => ({ redirect: `/admin/notices/${id}?done=drafted` }),
});
