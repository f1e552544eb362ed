import type { StatusMove } from "./status-actions";

type T = (key: string) => string;

/** Buttons for the publication machine's moves (policies, notices, appointments). */
export function publicationMoves(t: T, next: readonly string[]): StatusMove[] {
  return next.map((to) =>
    to === "PUBLISHED"
      ? { to, label: t("boardAdmin.publish"), variant: "primary" as const, note: t("boardAdmin.publishNote") }
      : to === "UNPUBLISHED"
        ? { to, label: t("boardAdmin.unpublish"), variant: "danger" as const, note: t("boardAdmin.unpublishNote") }
        : { to, label: t("boardAdmin.toDraft"), variant: "secondary" as const },
  );
}
