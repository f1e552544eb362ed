import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { addDays, shanghaiToday } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { NoticeForm } from "@/components/admin-boards/notice-form";
import { linkChoices } from "@/components/admin-boards/link-choices";
import { saveNoticeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.notice"))("new") };
}

export default async function NewNoticePage() {
  const actor = await staffPage("/admin/notices/new");
  const [t, choices] = await Promise.all([getTranslations(), linkChoices(actor)]);
  return (
    <div className="space-y-4">
      <BackLink href="/admin/notices" label={t("boardAdmin.nav.notices")} />
      <h1 className="text-2xl">{t("boardAdmin.notice.new")}</h1>
      <div className="card">
        <NoticeForm
          action={saveNoticeAction}
          vacancies={choices.vacancies}
          initial={{
            kind: "PRE_APPOINTMENT",
            startsOn: addDays(shanghaiToday(), 1),
            workingDays: "5",
            contact: t("boardAdmin.notice.contactDefault"),
          }}
        />
      </div>
    </div>
  );
}
