import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getNotice, periodWorkingDays } from "@/lib/data/notices";
import { loadWorkCalendar } from "@/lib/data/holidays";
import { NotFoundError } from "@/lib/data/errors";
import { formatDay } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { NoticeForm } from "@/components/admin-boards/notice-form";
import { linkChoices } from "@/components/admin-boards/link-choices";
import { saveNoticeAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.notice"))("edit") };
}

export default async function EditNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/notices/${id}/edit`);
  const n = await getNotice(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [t, choices, cal] = await Promise.all([getTranslations(), linkChoices(actor, { vacancy: n.vacancy }), loadWorkCalendar()]);
  const days = n.startsOn && n.endsOn ? periodWorkingDays(cal, n.startsOn, n.endsOn) : null;
  const initial: Record<string, string> = {
    kind: n.kind,
    title: n.title,
    body: n.body,
    vacancyId: n.vacancyId ?? "",
    startsOn: n.startsOn ? formatDay(n.startsOn) : "",
    workingDays: String(days ?? 5),
    contact: n.contact ?? "",
  };
  n.entries.forEach((e, i) => {
    for (const k of ["name", "gender", "birthYearMonth", "education", "currentPost", "proposedPost"] as const)
      initial[`entry.${i}.${k}`] = e[k];
  });
  return (
    <div className="space-y-4">
      <BackLink href={`/admin/notices/${id}`} label={n.title} />
      <h1 className="text-2xl">{t("boardAdmin.notice.edit")}</h1>
      {!n.canEdit ? (
        <p className="card">{t("boardAdmin.unpublishToEdit")}</p>
      ) : (
        <div className="card">
          <NoticeForm action={saveNoticeAction} id={n.id} vacancies={choices.vacancies} initial={initial} />
        </div>
      )}
    </div>
  );
}
