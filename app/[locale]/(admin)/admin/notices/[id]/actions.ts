"use server";
// 公示结果: staff record a person's result on the notice's console page after its period.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { recordNoticeResult } from "@/lib/data/notice-results";
import { NOTICE_RESULTS } from "@/lib/nominations/appointment-gate";
import { E, recordId } from "@/lib/validation/common";

export const recordNoticeResultAction = serverAction({
  name: "recordNoticeResult",
  access: "staff",
  input: z.object({ entryId: recordId, result: z.enum(NOTICE_RESULTS, E.invalid) }),
  handle: ({ actor, input }) => recordNoticeResult(actor, input.entryId, input.result),
  revalidate: ({ noticeId }) => ({ paths: [`/admin/notices/${noticeId}`, ["/admin/appointments", "layout"]] }),
  done: ({ noticeId }) => ({ redirect: `/admin/notices/${noticeId}?done=result` }),
});
