// The facts of a training class shown on the public list and the class page: form, organizer,
// dates, place, hours, places and who may sign up. Server component (words passed in).
import type { T, F } from "@/components/boards/i18n-types";
import { DAY_OF_INSTANT, INSTANT } from "@/lib/calendar/dates";
import { signupWindow } from "@/lib/state/training";
import { formatHours } from "@/lib/training/hours";
import type { ClassCard } from "@/lib/data/training/public";

export type ClassStage = "OPEN" | "NOT_YET" | "CLOSED" | "CANCELLED" | "FINISHED";

/** The one stage word of a class: its sign-up window while published, else its status. */
export function classStage(c: Pick<ClassCard, "status" | "signupOpensAt" | "signupClosesAt">, now: Date): ClassStage {
  if (c.status === "CANCELLED" || c.status === "FINISHED") return c.status;
  const w = signupWindow(c, now);
  return w === "open" ? "OPEN" : w === "notYetOpen" ? "NOT_YET" : "CLOSED";
}

/** Badge tone (components/boards/board-badge.tsx) of a stage. */
export const stageTone = (s: ClassStage) => (s === "FINISHED" ? "ENDED" : s);

export function classDates(t: T, format: F, c: Pick<ClassCard, "firstStart" | "lastEnd">): string {
  if (!c.firstStart || !c.lastEnd) return t("training.public.datesTbd");
  const from = format.dateTime(c.firstStart, DAY_OF_INSTANT);
  const to = format.dateTime(c.lastEnd, DAY_OF_INSTANT);
  return from === to ? from : t("training.public.range", { from, to });
}

export function ClassFacts({ t, format, c }: { t: T; format: F; c: ClassCard }) {
  const who = [
    ...(c.levels.length ? [t("training.public.levels", { levels: c.levels.map((l) => t(`nominations.level.${l}`)).join("、") })] : []),
    ...(c.units.length ? [t("training.public.units", { units: c.units.join("、") })] : []),
  ];
  const rows: [string, string][] = [
    [t("training.public.kindLabel"), t(`training.kind.${c.kind}`)],
    [t("training.public.organizer"), c.organizer],
    [t("training.public.dates"), classDates(t, format, c)],
    [t("training.public.place"), c.place || (c.online ? t("training.public.online") : "—")],
    [t("training.public.hours"), t("training.public.hoursValue", { hours: formatHours(c.totalTenths) })],
    [t("training.public.capacity"), t("training.public.capacityValue", { count: c.capacity })],
    [
      t("training.public.window"),
      t("training.public.range", { from: format.dateTime(c.signupOpensAt, INSTANT), to: format.dateTime(c.signupClosesAt, INSTANT) }),
    ],
    [t("training.public.who"), who.length ? who.join("；") : t("training.public.everyone")],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[7rem_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-muted">{k}</dt>
          <dd className="mb-1 sm:mb-0">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
