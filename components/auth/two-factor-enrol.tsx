"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ChallengeField } from "@/components/ui/challenge-field";
import { Field, FormStatus } from "@/components/ui/field";
import { RecoveryCodes } from "./recovery-codes";
import type { EnrolState } from "@/lib/validation/two-factor";

type Action = (state: EnrolState, form: FormData) => Promise<EnrolState>;

/**
 * Setting up the authenticator app: scan the QR code (or type the secret), then type the code
 * the app shows. The answer carries the 10 recovery codes once; they are shown here, then the
 * person goes on to where they were going.
 */
export function TwoFactorEnrol({
  action,
  qr,
  secret,
  next,
  completed = false,
}: {
  action: Action;
  qr: string;
  secret: string;
  next: string | null;
  /** Set up already (this session has passed): the codes if this form just did it, else the way on. */
  completed?: boolean;
}) {
  const t = useTranslations("twoFactor");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, {});
  const [solved, setSolved] = useState(false);
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} next={state.next ?? "/admin"} />;
  if (completed) {
    return (
      <div className="space-y-4" role="status">
        <p>{t("enrol.completed")}</p>
        <a href={next ?? "/admin"} className="btn-primary inline-block">
          {t("enrol.continue")}
        </a>
      </div>
    );
  }
  const challenge = state.message === "twoFactor.errors.challenge";
  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-2 pl-5">
        <li>{t("enrol.stepApp")}</li>
        <li>{t("enrol.stepScan")}</li>
        <li>{t("enrol.stepCode")}</li>
      </ol>
      <figure className="space-y-2">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimize */}
        <img src={qr} alt={t("enrol.qrAlt")} width={200} height={200} className="rounded-md border border-stone-300 bg-white p-2" />
        <figcaption className="space-y-1 text-sm">
          <span className="block text-muted">{t("enrol.secretLabel")}</span>
          <code className="block font-mono text-base break-all select-all" data-testid="totp-secret">
            {secret}
          </code>
        </figcaption>
      </figure>
      <form action={formAction} className="space-y-4" noValidate>
        <FormStatus state={state} />
        {next && <input type="hidden" name="next" value={next} />}
        <Field
          name="code"
          label={t("enrol.codeLabel")}
          hint={t("enrol.codeHint")}
          required
          errors={state.errors?.code}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={20}
        />
        {challenge && <ChallengeField onSolvedChange={setSolved} />}
        <button type="submit" className="btn-primary w-full" disabled={pending || (challenge && !solved)}>
          {pending ? tc("submitting") : t("enrol.submit")}
        </button>
      </form>
    </div>
  );
}
