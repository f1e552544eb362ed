import "server-only";
// Reads what the 任免 gate (lib/nominations/appointment-gate.ts) decides on — the person's 公示,
// its period on the Beijing calendar, the recorded 公示结果 and the objections about them — in the
// caller's transaction (publishing) or from the database (the console's DTO), so both ask the
// same predicate the same question.
import type { db, Tx } from "../db/client";
import { periodState } from "../calendar/notice-period";
import { appointmentGate, type GateAnswer, type GateInput } from "../nominations/appointment-gate";
import { objectionBlocks } from "./cases/objections";

type Client = Tx | ReturnType<typeof db>;

export interface GatedAppointment {
  kind: string;
  vacancyId: string | null;
  noticeId: string | null;
  noticeEntryId: string | null;
}

/** The gate's input for one appointment, read at `now`. */
export async function gateInput(client: Client, a: GatedAppointment, now: Date): Promise<GateInput> {
  const linkedNotice = a.noticeId ? await client.notice.findUnique({ where: { id: a.noticeId }, select: { kind: true } }) : null;
  const needsPerson = a.vacancyId !== null || linkedNotice?.kind === "PRE_APPOINTMENT";
  if (a.kind !== "APPOINT" || !a.noticeEntryId) return { kind: a.kind, needsPerson, person: null };
  const entry = await client.noticeEntry.findUnique({
    where: { id: a.noticeEntryId },
    select: { result: true, notice: { select: { status: true, kind: true, startsOn: true, endsOn: true, vacancyId: true } } },
  });
  if (!entry) return { kind: a.kind, needsPerson: true, person: null };
  const n = entry.notice;
  const objections = await objectionBlocks(client, a.noticeEntryId);
  return {
    kind: a.kind,
    needsPerson,
    person: {
      noticePublished: n.status === "PUBLISHED" && n.kind === "PRE_APPOINTMENT",
      period: n.startsOn && n.endsOn ? periodState({ startsOn: n.startsOn, endsOn: n.endsOn }, now) : null,
      result: entry.result,
      objections: { open: objections.open, blocked: objections.blocked },
      otherVacancy: a.vacancyId !== null && n.vacancyId !== a.vacancyId,
    },
  };
}

/** May this appointment be published now, and if not, why (a catalog key). */
export async function appointmentGateFor(client: Client, a: GatedAppointment, now: Date): Promise<GateAnswer> {
  return appointmentGate(await gateInput(client, a, now));
}
