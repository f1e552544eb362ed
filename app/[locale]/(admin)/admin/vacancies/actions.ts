"use server";
// Console actions for 空缺岗位.
import { z } from "zod";
import { serverAction } from "@/lib/actions/pipeline";
import { cancelVacancy, createVacancy, setVacancyStatus, updateVacancy } from "@/lib/data/vacancies";
import { cancelSchema, vacancySchema } from "@/lib/validation/boards";
import { E, recordId } from "@/lib/validation/common";
import { editing } from "@/lib/validation/moves";
import { MANUAL_VACANCY_TARGETS } from "@/lib/state/vacancy";

// No 已任命 by hand: it follows only from publishing a 任免 that passes the gate (the data layer refuses it too).
const moveSchema = z.object({ id: recordId, to: z.enum(MANUAL_VACANCY_TARGETS, E.invalid) });

export const saveVacancyAction = serverAction({
  name: "saveVacancy",
  access: "staff",
  input: editing(vacancySchema),
  handle: async ({ actor, input: { id, data } }) =>
    id ? (await updateVacancy(actor, id, data), { id, created: false }) : { ...(await createVacancy(actor, data)), created: true },
  revalidate: { boards: ["vacancies"] },
  done: ({ id, created }) => ({ redirect: `/admin/vacancies/${id}?done=${created ? "created" : "saved"}` }),
});

export const vacancyStatusAction = serverAction({
  name: "vacancyStatus",
  access: "staff",
  input: moveSchema,
  handle: ({ actor, input }) => setVacancyStatus(actor, input.id, input.to),
  revalidate: { boards: ["vacancies"] },
  done: ({ from }, move) => {
    const verb = move.to === "PUBLISHED" ? (from === "DRAFT" ? "publish" : "reopen") : "notice";
    return { redirect: `/admin/vacancies/${move.id}?done=${verb}` };
  },
});

export const cancelVacancyAction = serverAction({
  name: "cancelVacancy",
  access: "staff",
  input: cancelSchema,
  handle: ({ actor, input }) => cancelVacancy(actor, input.id, input.reason),
  revalidate: { boards: ["vacancies"] },
  done: (_r, input) => ({ redirect: `/admin/vacancies/${input.id}?done=cancel` }),
});
