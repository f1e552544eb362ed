import "server-only";
// A person's training record (培训档案) for /account/training and its printable page: the classes
// they signed up for with the sign-up's status, each session with whether they attended, and the
// hours (学时) credited per year. Hours are whole tenths (TrainingSession.hoursTenths) summed as
// integers, so 1.5 + 2.5 + 0.5 is exactly 4.5; which attendance is credited is decided by
// lib/training/credit.ts (shared with the reports and 公开数据). A session's year is its start's
// year in 北京时间.
import { db } from "../../db/client";
import { requireUser, type Actor } from "../../auth/actor";
import { NotFoundError } from "../errors";
import { beijingYear } from "../../training/hours";
import { creditsHours } from "../../training/credit";

export interface RecordSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  hoursTenths: number;
  attended: boolean;
}

export interface RecordClass {
  classId: string;
  title: string;
  organizer: string;
  kind: string;
  classStatus: string;
  enrolmentStatus: string;
  signedUpAt: Date;
  firstDay: Date | null;
  lastDay: Date | null;
  sessions: RecordSession[];
  /** Hours credited for this class (attended sessions, admitted sign-up). */
  creditedTenths: number;
}

export interface TrainingRecord {
  person: { realName: string; workUnit: string; position: string };
  classes: RecordClass[];
  /** Hours credited per year, newest year first; only years with credited hours. */
  years: { year: number; tenths: number; classes: number }[];
  totalTenths: number;
}

/** The caller's own training record. */
export async function myTrainingRecord(actor: Actor | null): Promise<TrainingRecord> {
  const a = requireUser(actor);
  const [user, enrolments] = await Promise.all([
    db().user.findUnique({ where: { id: a.id }, select: { realName: true, workUnit: true, position: true } }),
    db().trainingEnrolment.findMany({
      where: { userId: a.id, class: { status: { not: "DRAFT" } } },
      orderBy: { createdAt: "desc" },
      select: {
        status: true,
        createdAt: true,
        attendances: { select: { sessionId: true } },
        class: {
          select: {
            id: true,
            title: true,
            organizer: true,
            kind: true,
            status: true,
            sessions: {
              orderBy: [{ startsAt: "asc" }, { position: "asc" }],
              select: { id: true, title: true, startsAt: true, endsAt: true, hoursTenths: true },
            },
          },
        },
      },
    }),
  ]);
  if (!user) throw new NotFoundError();

  const perYear = new Map<number, { tenths: number; classes: Set<string> }>();
  const classes: RecordClass[] = enrolments.map((e) => {
    const attended = new Set(e.attendances.map((x) => x.sessionId));
    const credited = creditsHours(e.status, e.class.status);
    let creditedTenths = 0;
    const sessions = e.class.sessions.map((s) => {
      const was = attended.has(s.id);
      if (was && credited) {
        creditedTenths += s.hoursTenths;
        const y = beijingYear(s.startsAt);
        const slot = perYear.get(y) ?? { tenths: 0, classes: new Set<string>() };
        slot.tenths += s.hoursTenths;
        slot.classes.add(e.class.id);
        perYear.set(y, slot);
      }
      return { ...s, attended: was };
    });
    return {
      classId: e.class.id,
      title: e.class.title,
      organizer: e.class.organizer,
      kind: e.class.kind,
      classStatus: e.class.status,
      enrolmentStatus: e.status,
      signedUpAt: e.createdAt,
      firstDay: sessions[0]?.startsAt ?? null,
      lastDay: sessions.at(-1)?.endsAt ?? null,
      sessions,
      creditedTenths,
    };
  });
  // Newest classes first by their first session (classes without sessions by sign-up).
  classes.sort((x, y) => (y.firstDay ?? y.signedUpAt).getTime() - (x.firstDay ?? x.signedUpAt).getTime());
  const years = [...perYear.entries()]
    .map(([year, v]) => ({ year, tenths: v.tenths, classes: v.classes.size }))
    .sort((x, y) => y.year - x.year);
  return {
    person: user,
    classes,
    years,
    totalTenths: years.reduce((sum, y) => sum + y.tenths, 0),
  };
}
