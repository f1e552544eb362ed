"use server";
// Console actions for 公告公示. The form's persons come as flat fields (entry.0.name …) and
// their errors go back by full path (entries.0.name) so the right cell is marked.
import { z } from "zod";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { createNotice, setNoticeStatus, updateNotice } from "@/lib/data/notices";
import { invalidateBoards } from "@/lib/data/public-cache";
import { echo, failure } from "@/lib/actions/result";
import { errorsByPath, noticeFormObject, noticeSchema } from "@/lib/validation/boards";
import { formObject, type ActionState } from "@/lib/validation/common";

const idField = z.string().min(1).max(40);
const moveSchema = z.object({ id: idField, to: z.enum(["DRAFT", "PUBLISHED", "UNPUBLISHED"]) });
const VERB = { PUBLISHED: "publish", UNPUBLISHED: "unpublish", DRAFT: "toDraft" } as const;

export async function saveNoticeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formObject(form);
  let id: string;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = noticeSchema.safeParse(noticeFormObject(values));
    if (!parsed.success) return { errors: errorsByPath(parsed.error), message: "errors.invalid", values: echo(values) };
    const existing = values.id ? idField.parse(values.id) : undefined;
    if (existing) await updateNotice(actor, existing, parsed.data);
    id = existing ?? (await createNotice(actor, parsed.data)).id;
  } catch (e) {
    return failure(e, values);
  }
  await invalidateBoards("notices");
  redirect(`/admin/notices/${id}?done=${values.id ? "saved" : "created"}`);
}

export async function noticeStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let move: z.infer<typeof moveSchema>;
  let advanced = false;
  try {
    const actor = requireStaff(await currentActor());
    const parsed = moveSchema.safeParse(formObject(form));
    if (!parsed.success) return { message: "errors.invalid" };
    move = parsed.data;
    advanced = (await setNoticeStatus(actor, move.id, move.to)).vacancyAdvanced;
  } catch (e) {
    return failure(e);
  }
  // A published 任职前公示 may have moved its vacancy to 公示中.
  await invalidateBoards("notices", "vacancies");
  redirect(`/admin/notices/${move.id}?done=${advanced ? "vacancyAdvanced" : VERB[move.to]}`);
}
