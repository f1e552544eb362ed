"use client";
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { NotificationGroup } from "@/lib/notifications/kinds";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

const FIELD: Record<NotificationGroup, string> = {
  account: "mailAccount",
  nomination: "mailNomination",
  vacancy: "mailVacancy",
  case: "mailCase",
  training: "mailTraining",
  digest: "mailDigest",
};

export interface PreferencesView {
  email: string | null;
  mail: { group: NotificationGroup; on: boolean }[];
  locale: "zh-CN" | "en";
  digestHour: number | null;
}

/**
 * 消息设置: mail on or off per group, the language of mail, and for staff the hour of the daily
 * digest. An account without an email address is told its messages are in-app only. After a
 * refusal the boxes show what was sent.
 */
export function PreferencesForm({ action, prefs }: { action: Action; prefs: PreferencesView }) {
  const t = useTranslations();
  const id = useId();
  const [state, formAction, pending] = useActionState(action, {});
  // Without an address there is no mail to choose about (nor a digest, which is mail only).
  if (!prefs.email) {
    return (
      <section className="card space-y-3" aria-labelledby={`${id}-mail`}>
        <h2 id={`${id}-mail`} className="text-lg">
          {t("inbox.prefs.mailTitle")}
        </h2>
        <p className="rounded-md border border-stone-300 bg-stone-50 px-4 py-3" data-testid="no-email">
          {t("inbox.prefs.noEmail")}
        </p>
        <p className="text-sm text-muted">{t("inbox.prefs.inApp")}</p>
      </section>
    );
  }
  const sent = !state.ok ? state.values : undefined;
  const isOn = (group: NotificationGroup, on: boolean) => (sent ? sent[FIELD[group]] === "on" : on);
  const locale = sent?.locale ?? prefs.locale;
  const hour = sent?.digestHour ?? (prefs.digestHour === null ? undefined : String(prefs.digestHour));
  return (
    // Keyed by what is saved, so a saved change shows as the new starting point.
    <form action={formAction} noValidate className="space-y-6" key={JSON.stringify(prefs)}>
      <FormStatus state={state} />
      <fieldset className="card space-y-4">
        <legend className="float-left mb-1 w-full text-lg font-semibold">{t("inbox.prefs.mailTitle")}</legend>
        <p className="clear-both text-sm text-muted">{t("inbox.prefs.inApp")}</p>
        <p className="text-sm">{t("inbox.prefs.mailTo", { email: prefs.email })}</p>
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-200">
          {prefs.mail.map(({ group, on }) => (
            <li key={group} className="flex items-start gap-3 px-4 py-3">
              <input
                id={`${id}-${group}`}
                type="checkbox"
                name={FIELD[group]}
                defaultChecked={isOn(group, on)}
                aria-describedby={`${id}-${group}-hint`}
                className="mt-1.5 size-5 shrink-0 accent-brand-600"
              />
              <span>
                <label htmlFor={`${id}-${group}`} className="block font-medium">
                  {t(`inbox.prefs.group.${group}.label`)}
                </label>
                <span id={`${id}-${group}-hint`} className="block text-sm text-muted">
                  {t(`inbox.prefs.group.${group}.hint`)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="card space-y-3">
        <legend className="float-left mb-1 w-full text-lg font-semibold">{t("inbox.prefs.localeTitle")}</legend>
        <p className="clear-both text-sm text-muted">{t("inbox.prefs.localeHint")}</p>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(["zh-CN", "en"] as const).map((l) => (
            <label key={l} className="inline-flex min-h-11 items-center gap-2" lang={l}>
              <input type="radio" name="locale" value={l} defaultChecked={locale === l} className="size-5 accent-brand-600" />
              {t(`inbox.prefs.locale.${l}`)}
            </label>
          ))}
        </div>
        {state.errors?.locale?.length ? (
          <p className="text-sm font-medium text-brand-700">{state.errors.locale.map((e) => t(e)).join("；")}</p>
        ) : null}
      </fieldset>
      {prefs.digestHour !== null && (
        <fieldset className="card space-y-3">
          <legend className="float-left mb-1 w-full text-lg font-semibold">{t("inbox.prefs.digestTitle")}</legend>
          <label htmlFor={`${id}-hour`} className="clear-both block text-sm text-muted">
            {t("inbox.prefs.digestHint")}
          </label>
          <Select
            id={`${id}-hour`}
            name="digestHour"
            defaultValue={hour}
            className="input max-w-40"
            aria-invalid={!!state.errors?.digestHour?.length}
          >
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={String(h)}>
                {t("inbox.prefs.hour", { hour: String(h).padStart(2, "0") })}
              </option>
            ))}
          </Select>
          {state.errors?.digestHour?.length ? (
            <p className="text-sm font-medium text-brand-700">{state.errors.digestHour.map((e) => t(e)).join("；")}</p>
          ) : null}
        </fieldset>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t("inbox.prefs.save")}
      </button>
    </form>
  );
}
