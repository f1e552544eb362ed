"use server";
// 培训签到: an approved account checks in with the session code (typed, or from the QR code's link).
import { serverAction } from "@/lib/actions/pipeline";
import { checkIn } from "@/lib/data/training/attendance";
import { formatHours } from "@/lib/training/hours";
import { checkinInput } from "@/lib/validation/training-signup";

export const checkInTrainingAction = serverAction({
  name: "checkInTraining",
  access: "approved",
  input: checkinInput,
  handle: ({ actor, input }) => checkIn(actor, input.code),
  revalidate: (r) => ({ paths: ["/account/training", `/admin/training/${r.classId}`] }),
  done: (r) => ({
    ok: true,
    message: r.already ? "training.checkin.already" : "training.checkin.done",
    messageValues: { classTitle: r.classTitle, sessionTitle: r.sessionTitle, hours: formatHours(r.hoursTenths) },
  }),
});
