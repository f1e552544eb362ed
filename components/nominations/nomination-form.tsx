"use client";
import { useActionState, useMemo, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import { precheck, type VacancyConditions } from "@/lib/nominations/precheck";
import { BIRTH, parseDay } from "@/lib/calendar/dates";
import { CADRE_LEVELS, EDUCATION_LEVELS, RELATIONSHIPS, SUITABLE_FIELDS } from "@/lib/nominations/scales";
import { REASON_FIELDS, REASON_MAX } from "@/lib/validation/nomination-reasons";
import type { ActionState } from "@/lib/validation/common";
import { FlagList } from "./flag-list";
import { signatureMatches } from "@/lib/nominations/signature";
import { Select } from "@/components/ui/select";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface FormProfile {
  realName: string;
  gender: string;
  birthDate: string; // YYYY-MM-DD
  workUnit: string;
  position: string;
}

interface Props {
  action: Action;
  kind: "TARGETED" | "OPEN";
  self: boolean;
  vacancyId?: string;
  conditions?: VacancyConditions | null;
  profile: FormProfile;
}

/**
 * The nomination form (targeted or non-targeted, for someone else or oneself). It checks the
 * nominee against the vacancy's structured conditions as the nominator types and shows the
 * failures as warnings; the server runs the same check and stores the flags.
 */
export function NominationForm({ action, kind, self, vacancyId, conditions, profile }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, {});
  const v: Record<string, string> = {
    ...(self ? { workUnit: profile.workUnit, currentPost: profile.position } : {}),
    ...(state.values ?? {}),
  };
  // The server compares the signature only once every field is valid; a form refused for other
  // fields reports a wrong signature with them, so the nominator fixes everything at once.
  const signatureWrong =
    !!state.errors && !state.errors.signature && !!v.signature?.trim() && !signatureMatches(v.signature, profile.realName);
  const e: Record<string, string[] | undefined> = {
    ...(state.errors ?? {}),
    ...(signatureWrong ? { signature: ["nominations.errors.signature"] } : {}),
  };
  // What the live pre-check and the character counters read, updated on every keystroke.
  const [live, setLive] = useState<Record<string, string>>(v);
  const onInput = (ev: React.FormEvent<HTMLFormElement>) => {
    const data = new FormData(ev.currentTarget);
    const next: Record<string, string> = {};
    for (const [k, val] of data.entries()) if (typeof val === "string") next[k] = val;
    setLive(next);
  };

  const flags = useMemo(() => {
    if (!conditions) return null;
    const birth = parseDay(self ? profile.birthDate : (live.birthDate ?? ""));
    const years = Number(live.yearsAtLevel);
    if (
      !birth ||
      !live.education ||
      !live.currentLevel ||
      live.yearsAtLevel === undefined ||
      live.yearsAtLevel === "" ||
      !Number.isFinite(years)
    )
      return null;
    return precheck(
      conditions,
      { birthDate: birth, education: live.education, currentLevel: live.currentLevel, yearsAtLevel: years },
      new Date(),
    );
  }, [conditions, live, self, profile.birthDate]);

  const select = (name: string, options: readonly string[], labelNs: string, value?: string) =>
    function SelectControl(p: { id: string; "aria-invalid": boolean; "aria-describedby"?: string; name: string; required?: boolean }) {
      return (
        <Select {...p} defaultValue={value ?? ""} className="input">
          <option value="" disabled>
            {t("nominations.form.choose")}
          </option>
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`${labelNs}.${o}`)}
            </option>
          ))}
        </Select>
      );
    };

  return (
    <form action={formAction} onInput={onInput} noValidate className="space-y-6" aria-describedby="nomination-status">
      <input type="hidden" name="kind" value={kind} />
      {vacancyId && <input type="hidden" name="vacancyId" value={vacancyId} />}
      {self && <input type="hidden" name="self" value="1" />}
      <div id="nomination-status">
        <FormStatus state={state} />
      </div>

      <fieldset className="card space-y-5">
        <legend className="px-1 text-lg font-semibold">
          {t(self ? "nominations.form.selfSection" : "nominations.form.nomineeSection")}
        </legend>
        {self ? (
          <div className="space-y-2">
            <p className="text-sm text-muted">{t("nominations.form.selfNote")}</p>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]" data-testid="self-identity">
              <dt className="text-muted">{t("nominations.form.name")}</dt>
              <dd>{profile.realName}</dd>
              <dt className="text-muted">{t("nominations.form.gender")}</dt>
              <dd>{t(`gender.${profile.gender}`)}</dd>
              <dt className="text-muted">{t("nominations.form.birthDate")}</dt>
              <dd>{parseDay(profile.birthDate) ? format.dateTime(parseDay(profile.birthDate)!, BIRTH) : profile.birthDate}</dd>
            </dl>
          </div>
        ) : (
          <div className="grid gap-5 sm:grid-cols-3">
            <Field
              name="name"
              label={t("nominations.form.name")}
              required
              errors={e.name}
              defaultValue={v.name}
              maxLength={40}
              autoComplete="off"
            />
            <Field name="gender" label={t("nominations.form.gender")} required errors={e.gender}>
              {select("gender", ["M", "F"], "gender", v.gender)}
            </Field>
            <Field
              name="birthDate"
              label={t("nominations.form.birthDate")}
              required
              errors={e.birthDate}
              type="date"
              defaultValue={v.birthDate}
            />
          </div>
        )}
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            name="workUnit"
            label={t("nominations.form.workUnit")}
            required
            errors={e.workUnit}
            defaultValue={v.workUnit}
            maxLength={100}
          />
          <Field
            name="currentPost"
            label={t("nominations.form.currentPost")}
            required
            errors={e.currentPost}
            defaultValue={v.currentPost}
            maxLength={60}
          />
          <Field name="currentLevel" label={t("nominations.form.currentLevel")} required errors={e.currentLevel}>
            {select("currentLevel", CADRE_LEVELS, "nominations.level", v.currentLevel)}
          </Field>
          <Field
            name="yearsAtLevel"
            label={t("nominations.form.yearsAtLevel")}
            required
            errors={e.yearsAtLevel}
            type="number"
            inputMode="numeric"
            defaultValue={v.yearsAtLevel}
          />
          <Field name="education" label={t("nominations.form.education")} required errors={e.education}>
            {select("education", EDUCATION_LEVELS, "nominations.education", v.education)}
          </Field>
          <Field
            name="phone"
            label={t("nominations.form.phone")}
            errors={e.phone}
            type="tel"
            inputMode="numeric"
            defaultValue={v.phone}
            maxLength={13}
          />
          {!self && (
            <Field name="relationship" label={t("nominations.form.relationship")} required errors={e.relationship}>
              {select("relationship", RELATIONSHIPS, "nominations.relationship", v.relationship)}
            </Field>
          )}
          {kind === "OPEN" && (
            <Field name="suitableField" label={t("nominations.form.suitableField")} required errors={e.suitableField}>
              {select("suitableField", SUITABLE_FIELDS, "nominations.field", v.suitableField)}
            </Field>
          )}
        </div>
      </fieldset>

      <fieldset className="card space-y-5">
        <legend className="px-1 text-lg font-semibold">{t("nominations.form.reasonsSection")}</legend>
        <p className="text-sm text-muted">{t("nominations.form.reasonsLead")}</p>
        {REASON_FIELDS.map((f) => (
          <Field key={f} name={f} label={t(`nominations.reason.${f}`)} required errors={e[f]} hint={t(`nominations.reasonHint.${f}`)}>
            {(p) => (
              <div>
                <textarea {...p} rows={3} maxLength={REASON_MAX} defaultValue={v[f]} className="input" />
                <p className="mt-1 text-right text-sm text-muted" aria-hidden="true">
                  {t("nominations.form.charCount", { count: (live[f] ?? v[f] ?? "").trim().length, max: REASON_MAX })}
                </p>
              </div>
            )}
          </Field>
        ))}
      </fieldset>

      {conditions && (
        <section className="card space-y-2" aria-labelledby="precheck-title">
          <h2 id="precheck-title" className="text-lg">
            {t("nominations.form.precheckTitle")}
          </h2>
          <div aria-live="polite" data-testid="precheck">
            {flags === null ? null : flags.length === 0 ? (
              <p className="text-green-900">{t("nominations.form.precheckOk")}</p>
            ) : (
              <div className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950">
                <p>{t("nominations.form.precheckWarn")}</p>
                <FlagList flags={flags} />
              </div>
            )}
          </div>
        </section>
      )}

      <fieldset className="card space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("nominations.form.signSection")}</legend>
        <p className="font-medium">{t("nominations.form.signStatement")}</p>
        <p className="text-sm text-muted">{t("nominations.explain.signing")}</p>
        <div className="max-w-sm">
          <Field
            name="signature"
            label={t("nominations.form.signature")}
            required
            errors={e.signature}
            hint={t("nominations.form.signatureHint", { name: profile.realName })}
            defaultValue={v.signature}
            maxLength={40}
            autoComplete="off"
          />
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary w-full sm:w-auto" disabled={pending}>
          {pending ? t("common.submitting") : t(self ? "nominations.form.submitSelf" : "nominations.form.submit")}
        </button>
        {/* The form is long: repeat the outcome next to the button (the status above is the one announced). */}
        {state.message && !state.ok && (
          <p className="font-medium text-brand-700" aria-hidden="true">
            {t(state.message, state.messageValues)}
          </p>
        )}
      </div>
    </form>
  );
}
