"use server";
// Console actions for 公告公示. The form's persons come as flat fields (entry.0.name …) and
// their errors go back by full path (entries.0.name) so the right cell is marked.
import { serverAction } from "@/lib/actions/pipeline";
import { createNotice, setNoticeStatus, updateNotice } from "@/lib/data/notices";
import { noticeFormObject, noticeSchema } from "@/lib/validation/boards";
import { editing, publicationMove, VERB } from "@/lib/validation/moves";

export const saveNoticeAction = serverAction({
  name: "saveNotice",
  access: "staff",
  input: editing(noticeSchema, (v) => noticeFormObject(v as Record<string, string>)),
  errorsByPath: true,
  handle: async ({ actor, input: { id, data } }) =>
    id ? (await updateNotice(actor, id, data), { id, created: false }) : { ...(await createNotice(actor, data)), created: true },
  revalidate: { boards: ["notices"] },
  done: ({ id, created }) => ({ redirect: `/admin/notices/${id}?done=${created ? "created" : "saved"}` }),
});

export const noticeStatusAction = serverAction({
  name: "noticeStatus",
  access: "staff",
  input: publicationMove,
  handle: ({ actor, input }) => setNoticeStatus(actor, input.id, input.to),
  // A published 任职前公示 may have moved its vacancy to 公示中.
  revalidate: { boards: ["notices", "vacancies"] },
  done: ({ vacancyAdvanced }, move) => ({
    redirect: `/admin/notices/${move.id}?done=${vacancyAdvanced ? "vacancyAdvanced" : VERB[move.to]}`,
  }),
});
