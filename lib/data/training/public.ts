import "server-only";
// The public 干部教育培训 pages' reads: the classes (upcoming and recent past), one class with its
// sessions and materials, a material's file, and — per request, never cached — where the
// signed-in reader stands with a class (their sign-up, places left, whether they may sign up).
// Nothing here carries a session's check-in secret, a material's bytes in a list, or anyone's
// sign-up but the reader's own.
import { db } from "../../db/client";
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { signupWindow, type SignupWindow } from "../../state/training";
import { eligibilityRefusal, type EligibilityRefusal } from "../../training/eligibility";
import { parseList } from "../../validation/json-list";
import { waitlistPosition } from "./enrolments";

/** Past classes the list keeps showing (for their materials). */
export const PAST_CLASSES = 10;

const cardFields = {
  id: true,
  title: true,
  organizer: true,
  kind: true,
  place: true,
  onlineUrl: true,
  status: true,
  capacity: true,
  signupOpensAt: true,
  signupClosesAt: true,
  eligibleLevels: true,
  eligibleUnits: true,
  sessions: { orderBy: [{ startsAt: "asc" }, { position: "asc" }], select: { startsAt: true, endsAt: true, hoursTenths: true } },
  _count: { select: { materials: true } },
} satisfies Prisma.TrainingClassSelect;

export interface ClassCard {
  id: string;
  title: string;
  organizer: string;
  kind: string;
  place: string | null;
  online: boolean;
  status: string;
  capacity: number;
  signupOpensAt: Date;
  signupClosesAt: Date;
  levels: string[];
  units: string[];
  firstStart: Date | null;
  lastEnd: Date | null;
  sessionCount: number;
  totalTenths: number;
  materialCount: number;
}

type CardRow = {
  id: string;
  title: string;
  organizer: string;
  kind: string;
  place: string | null;
  onlineUrl: string | null;
  status: string;
  capacity: number;
  signupOpensAt: Date;
  signupClosesAt: Date;
  eligibleLevels: string;
  eligibleUnits: string;
  sessions: { startsAt: Date; endsAt: Date; hoursTenths: number }[];
  _count: { materials: number };
};

function card(c: CardRow): ClassCard {
  return {
    id: c.id,
    title: c.title,
    organizer: c.organizer,
    kind: c.kind,
    place: c.place,
    online: !!c.onlineUrl,
    status: c.status,
    capacity: c.capacity,
    signupOpensAt: c.signupOpensAt,
    signupClosesAt: c.signupClosesAt,
    levels: parseList(c.eligibleLevels),
    units: parseList(c.eligibleUnits),
    firstStart: c.sessions[0]?.startsAt ?? null,
    lastEnd: c.sessions.at(-1)?.endsAt ?? null,
    sessionCount: c.sessions.length,
    totalTenths: c.sessions.reduce((s, x) => s + x.hoursTenths, 0),
    materialCount: c._count.materials,
  };
}

/** A link to show: web addresses only (never javascript: or data:). */
const safeLink = (url: string | null) => (url && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null);

/** 干部教育培训: published classes (soonest first) and the latest finished ones. */
export async function listPublicClasses(): Promise<{ upcoming: ClassCard[]; past: ClassCard[] }> {
  const [open, past] = await Promise.all([
    db().trainingClass.findMany({ where: { status: "PUBLISHED" }, select: cardFields, take: 100 }),
    db().trainingClass.findMany({
      where: { status: "FINISHED", publishedAt: { not: null } },
      orderBy: { updatedAt: "desc" },
      select: cardFields,
      take: PAST_CLASSES,
    }),
  ]);
  const when = (c: ClassCard) => (c.firstStart ?? c.signupClosesAt).getTime();
  return {
    upcoming: open.map(card).sort((a, b) => when(a) - when(b)),
    past: past.map(card).sort((a, b) => when(b) - when(a)),
  };
}

/** One class as the public sees it (never a draft), or null. */
export async function getPublicClass(id: string) {
  const c = await db().trainingClass.findFirst({
    where: { id, status: { not: "DRAFT" }, publishedAt: { not: null } },
    select: {
      ...cardFields,
      description: true,
      onlineUrl: true,
      publishedAt: true,
      sessions: {
        orderBy: [{ startsAt: "asc" }, { position: "asc" }],
        select: { id: true, title: true, startsAt: true, endsAt: true, hoursTenths: true },
      },
      materials: {
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, url: true, fileName: true, mimeType: true, size: true },
      },
    },
  });
  if (!c) return null;
  return {
    ...card(c),
    description: c.description,
    onlineUrl: safeLink(c.onlineUrl),
    publishedAt: c.publishedAt,
    sessions: c.sessions,
    materials: c.materials.map((m) => ({
      id: m.id,
      title: m.title,
      // A link material, or a file served by /training/materials/<id>.
      url: safeLink(m.url),
      file: m.fileName ? { name: m.fileName, mimeType: m.mimeType ?? "application/octet-stream", size: m.size ?? 0 } : null,
    })),
  };
}

/** A material's file, when its class is public. */
export async function publicMaterialFile(id: string) {
  const m = await db().trainingMaterial.findFirst({
    where: { id, data: { not: null }, class: { status: { not: "DRAFT" }, publishedAt: { not: null } } },
    select: { fileName: true, mimeType: true, data: true },
  });
  if (!m?.data || !m.fileName) return null;
  return { fileName: m.fileName, mimeType: m.mimeType ?? "application/octet-stream", data: m.data };
}

export interface SignupState {
  window: SignupWindow;
  seatsLeft: number;
  signedIn: boolean;
  /** The reader's account status (an unapproved account cannot sign up). */
  accountStatus: string | null;
  enrolment: { status: string; position: number | null; note: string | null } | null;
  /** Why the reader may not sign up by the class's rules, if so. */
  refusal: EligibilityRefusal | null;
}

/** Where the reader stands with a class, now (the class page's small per-request part). */
export async function signupState(actor: Actor | null, classId: string, now: Date = clockNow()): Promise<SignupState | null> {
  const c = await db().trainingClass.findFirst({
    where: { id: classId, status: { not: "DRAFT" }, publishedAt: { not: null } },
    select: {
      status: true,
      capacity: true,
      seatsTaken: true,
      signupOpensAt: true,
      signupClosesAt: true,
      eligibleLevels: true,
      eligibleUnits: true,
    },
  });
  if (!c) return null;
  const base = { window: signupWindow(c, now), seatsLeft: Math.max(0, c.capacity - c.seatsTaken) };
  if (!actor) return { ...base, signedIn: false, accountStatus: null, enrolment: null, refusal: null };
  const [user, e] = await Promise.all([
    db().user.findUnique({ where: { id: actor.id }, select: { status: true, cadreLevel: true, workUnit: true } }),
    db().trainingEnrolment.findUnique({
      where: { classId_userId: { classId, userId: actor.id } },
      select: { id: true, status: true, note: true },
    }),
  ]);
  if (!user) return { ...base, signedIn: false, accountStatus: null, enrolment: null, refusal: null };
  return {
    ...base,
    signedIn: true,
    accountStatus: user.status,
    enrolment: e
      ? {
          status: e.status,
          position: e.status === "WAITLISTED" ? await waitlistPosition(e.id) : null,
          note: e.status === "DECLINED" ? e.note : null,
        }
      : null,
    refusal: eligibilityRefusal(c, user),
  };
}
