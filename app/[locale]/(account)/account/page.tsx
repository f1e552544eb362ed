import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { getOwnProfile } from "@/lib/data/accounts";
import { latestMessages } from "@/lib/data/inbox";
import { StatusBadge } from "@/components/ui/status-badge";
import { ProfileForm } from "@/components/account/profile-form";
import { resubmitProfileAction } from "./actions";
import { changePhoneAction, closeAccountAction, requestIdentityChangeAction, updateContactDetailsAction } from "./rights-actions";
import { AccountRights } from "@/components/account/account-rights";
import { DetailList } from "@/components/ui/detail-list";
import { BIRTH, INSTANT } from "@/lib/calendar/dates";
import { SurveyAccountEntry } from "@/components/survey/account-entry";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const actor = await signedInPage("/account");
  const locale = await getLocale();
  const [t, format, profile, notifications] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getOwnProfile(actor),
    latestMessages(actor, locale),
  ]);
  const rows: [string, string][] = [
    [t("fields.realName"), profile.realName],
    [t("fields.idNumber"), profile.idMasked],
    [t("fields.gender"), t(`gender.${profile.gender}`)],
    [t("fields.birthDate"), format.dateTime(profile.birthDate, BIRTH)],
    [t("fields.phone"), profile.phone],
    [t("fields.email"), profile.email ?? "—"],
    [t("fields.workUnit"), profile.workUnit],
    [t("fields.position"), profile.position],
    [t("fields.politicalStatus"), t(`political.${profile.politicalStatus}`)],
    [t("fields.role"), t(`roles.${profile.role}`)],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl">{t("account.title")}</h1>
      <p className="text-muted">{t("rights.overview.lead")}</p>
      <section aria-labelledby="status-title" className="card">
        <h2 id="status-title" className="text-lg">
          {t("account.statusTitle")}：<StatusBadge status={profile.status} label={t(`accountStatus.${profile.status}`)} />
        </h2>
        <p className="mt-2">{t(`account.status.${profile.status}`)}</p>
        {profile.reviewNote && (profile.status === "REJECTED" || profile.status === "SUSPENDED") && (
          <p className="mt-3 rounded-md border border-brand-600 bg-brand-50 px-4 py-3">
            <strong>{t("account.reviewNote")}：</strong>
            {profile.reviewNote}
          </p>
        )}
      </section>
      <SurveyAccountEntry actor={actor} />
      <section aria-labelledby="mine-title" className="card flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="mine-title" className="text-lg">
            {t("nominations.mine.title")}
          </h2>
          <p className="text-muted">{t("nominations.mine.accountLink")}</p>
        </div>
        <Link href="/account/nominations" className="btn-secondary">
          {t("nominations.mine.title")}
        </Link>
      </section>
      <section aria-labelledby="cases-title" className="card flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="cases-title" className="text-lg">
            {t("myCases.title")}
          </h2>
          <p className="text-muted">{t("myCases.accountLink")}</p>
        </div>
        <Link href="/account/cases" className="btn-secondary" data-testid="my-cases-link">
          {t("myCases.title")}
        </Link>
      </section>
      <section aria-labelledby="training-title" className="card flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="training-title" className="text-lg">
            {t("training.record.title")}
          </h2>
          <p className="text-muted">{t("training.record.accountLink")}</p>
        </div>
        <Link href="/account/training" className="btn-secondary" data-testid="my-training-link">
          {t("training.record.title")}
        </Link>
      </section>
      <section aria-labelledby="profile-title" className="card">
        <h2 id="profile-title" className="text-lg">
          {t("account.profileTitle")}
        </h2>
        <div className="mt-3">
          <DetailList rows={rows} />
        </div>
      </section>
      {profile.canEdit && (
        <section aria-labelledby="edit-title" className="card">
          <h2 id="edit-title" className="text-lg">
            {t("account.editTitle")}
          </h2>
          <p className="mb-4 text-muted">{t("account.editLead")}</p>
          <ProfileForm action={resubmitProfileAction} profile={profile} />
        </section>
      )}
      <section aria-labelledby="notes-title" className="card" data-testid="latest-messages">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="notes-title" className="text-lg">
            {t("inbox.latest.title")}
          </h2>
          <Link href="/account/messages" className="btn-secondary">
            {t("inbox.latest.all")}
          </Link>
        </div>
        {notifications.unread > 0 && <p className="mt-2 font-medium">{t("inbox.latest.unread", { count: notifications.unread })}</p>}
        {notifications.rows.length === 0 ? (
          <p className="mt-2 text-muted">{t("inbox.latest.none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200">
            {notifications.rows.map((n) => (
              <li key={n.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <span className={n.read ? "" : "font-semibold"}>
                  {!n.read && <span className="sr-only">{t("inbox.unreadTag")}：</span>}
                  {t.has(n.title) ? t(n.title) : n.title}
                </span>
                <time dateTime={n.createdAt.toISOString()} className="text-sm text-muted tabular-nums">
                  {format.dateTime(n.createdAt, INSTANT)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* 更正, 账户安全, 下载我的数据, 注销账号 (个人信息保护法第四十四至四十七条). */}
      <AccountRights
        actor={actor}
        profile={profile}
        actions={{
          contact: updateContactDetailsAction,
          phone: changePhoneAction,
          identity: requestIdentityChangeAction,
          close: closeAccountAction,
        }}
      />
    </div>
  );
}
