"use server";
// Console actions for 干部人事任免.
import { serverAction } from "@/lib/actions/pipeline";
import { createAppointment, setAppointmentStatus, updateAppointment } from "@/lib/data/appointments";
import { appointmentSchema } from "@/lib/validation/boards";
import { editing, publicationMove, VERB } from "@/lib/validation/moves";

export const saveAppointmentAction = serverAction({
  name: "saveAppointment",
  access: "staff",
  input: editing(appointmentSchema),
  handle: async ({ actor, input: { id, data } }) =>
    id ? (await updateAppointment(actor, id, data), { id, created: false }) : { ...(await createAppointment(actor, data)), created: true },
  revalidate: { boards: ["appointments"] },
  done: ({ id, created }) => ({ redirect: `/admin/appointments/${id}?done=${created ? "created" : "saved"}` }),
});

export const appointmentStatusAction = serverAction({
  name: "appointmentStatus",
  access: "staff",
  input: publicationMove,
  handle: ({ actor, input }) => setAppointmentStatus(actor, input.id, input.to),
  // Publishing an appointment may have marked its vacancy 已任命.
  revalidate: { boards: ["appointments", "vacancies"] },
  done: ({ vacancyFilled }, move) => ({
    redirect: `/admin/appointments/${move.id}?done=${vacancyFilled ? "vacancyFilled" : VERB[move.to]}`,
  }),
});
