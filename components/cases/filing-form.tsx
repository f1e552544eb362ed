"use client";
// The frame of the 公示反映 and 监督举报 forms: how the writer signs (real name for an approved
// account, or anonymous), the proof-of-work check when anonymous, the files, the submit button
// and the answer. Each way has its own action (real name: approved accounts; anonymous: anyone,
// behind the challenge), so the choice here only picks the door; the server decides who may
// pass it. After a refusal the fields come back as typed (the files must be chosen again).
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useActionState, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ChallengeField } from "@/components/ui/challenge-field";
import { FormStatus } from "@/components/ui/field";
import { AttachmentField } from "./attachment-field";
import { FiledReceipt } from "./filed-receipt";
import type { FilingState } from "@/lib/cases/filed-state";

type Action = (state: FilingState, form: FormData) => Promise<FilingState>;

/** Who is writing, as the page found them. */
export type FilingWho = { kind: "visitor"; loginHref: string } | { kind: "approved"; realName: string } | { kind: "notApproved" };

export interface FieldState {
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
}

export function FilingForm({
  ns,
  who,
  namedAction,
  anonymousAction,
  again,
  testId,
  children,
}: {
  /** The channel's catalog namespace: "objection" or "report". */
  ns: "objection" | "report";
  who: FilingWho;
  namedAction: Action;
  anonymousAction: Action;
  again: { href: string; label: string };
  testId: string;
  children: (s: FieldState) => ReactNode;
}) {
  const t = useTranslations();
  const [namedState, namedDispatch, namedPending] = useActionState(namedAction, {});
  const [anonState, anonDispatch, anonPending] = useActionState(anonymousAction, {});
  const [mode, setMode] = useState<"named" | "anonymous">(who.kind === "approved" ? "named" : "anonymous");
  const state = mode === "named" ? namedState : anonState;
  const pending = namedPending || anonPending;
  const filed = namedState.filed ?? anonState.filed;
  if (filed) {
    return <FiledReceipt filed={filed} message={(namedState.filed ? namedState : anonState).message ?? `${ns}.filed`} again={again} />;
  }
  const refused = !!state.message && !state.ok;
  return (
    <form action={mode === "named" ? namedDispatch : anonDispatch} noValidate className="space-y-5" data-testid={testId}>
      {children({ values: state.values ?? {}, errors: state.errors ?? {} })}
      <AttachmentField errors={state.errors?.attachments} refused={refused} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("caseLookup.identity.legend")}</legend>
        <p className="text-sm text-muted">{t(`${ns}.realNameEncouraged`)}</p>
        {who.kind === "approved" ? (
          <div className="space-y-2">
            <label className="flex items-start gap-2">
              <input
                type="radio"
                name="identity"
                value="named"
                checked={mode === "named"}
                onChange={() => setMode("named")}
                className="mt-1.5 h-5 w-5"
              />
              <span>{t("caseLookup.identity.named", { name: who.realName })}</span>
            </label>
            <label className="flex items-start gap-2">
              <input
                type="radio"
                name="identity"
                value="anonymous"
                checked={mode === "anonymous"}
                onChange={() => setMode("anonymous")}
                className="mt-1.5 h-5 w-5"
              />
              <span>{t("caseLookup.identity.anonymous")}</span>
            </label>
          </div>
        ) : who.kind === "visitor" ? (
          <p>
            {t("caseLookup.identity.visitor")}{" "}
            <Link href={who.loginHref} className="link">
              {t("caseLookup.identity.login")}
            </Link>
          </p>
        ) : (
          <p>{t("caseLookup.identity.notApproved")}</p>
        )}
        {mode === "anonymous" && <p className="text-sm text-muted">{t("caseLookup.identity.anonymousNote")}</p>}
      </fieldset>
      {mode === "anonymous" && <ChallengeField />}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t("common.submitting") : t(`${ns}.submit`)}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
