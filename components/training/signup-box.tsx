"use client";
// The sign-up box of a public class page. The page is cached and the same for everyone, so who
// is reading and where they stand (their sign-up, places left) is fetched here, per request,
// from /training/<id>/state; the buttons post to the sign-up actions and read the state again.
// Each thing is said once: after a move, the reader's standing (您已报名，等待组织部门审核。) is
// the answer, in a status line a screen reader hears when it changes; the move's own success
// message would only repeat it, so it shows only when the standing cannot be read. A refusal is
// new information and is shown as an alert.
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useActionState, useCallback, useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/validation/common";
import type { SignupState } from "@/lib/data/training/public";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function SignupBox({ classId, signUpAction, cancelAction }: { classId: string; signUpAction: Action; cancelAction: Action }) {
  const t = useTranslations("training");
  const te = useTranslations();
  const headingId = useId();
  const [state, setState] = useState<SignupState | null | "loading" | "error">("loading");
  const load = useCallback(async () => {
    try {
      const res = await fetch(`/training/${encodeURIComponent(classId)}/state`, { cache: "no-store", credentials: "same-origin" });
      setState(res.ok ? ((await res.json()) as SignupState) : "error");
    } catch {
      setState("error");
    }
  }, [classId]);
  useEffect(() => {
    // Read once on mount; the state is set when the answer arrives, not during the effect.
    let live = true;
    fetch(`/training/${encodeURIComponent(classId)}/state`, { cache: "no-store", credentials: "same-origin" })
      .then(async (res) => (res.ok ? ((await res.json()) as SignupState) : ("error" as const)))
      .catch(() => "error" as const)
      .then((s) => {
        if (live) setState(s);
      });
    return () => {
      live = false;
    };
  }, [classId]);

  // The answer of the last move, whichever it was.
  const [outcome, setOutcome] = useState<ActionState | null>(null);
  const [, signUp, signing] = useActionState(async (prev: ActionState, form: FormData) => {
    const r = await signUpAction(prev, form);
    setOutcome(r);
    await load();
    return r;
  }, {});
  const [, cancel, cancelling] = useActionState(async (prev: ActionState, form: FormData) => {
    const r = await cancelAction(prev, form);
    setOutcome(r);
    await load();
    return r;
  }, {});

  const standing = typeof state === "object" && state !== null ? state.enrolment : null;
  let body: React.ReactNode;
  if (state === "loading") body = <p className="text-muted">{t("signup.loading")}</p>;
  else if (state === "error" || state === null) body = <p role="alert">{t("signup.error")}</p>;
  else {
    const s = state;
    const e = s.enrolment;
    const live = e && (e.status === "PENDING" || e.status === "APPROVED" || e.status === "WAITLISTED");
    const canTry = s.window === "open" && s.signedIn && s.accountStatus === "APPROVED" && !s.refusal && (!e || e.status === "CANCELLED");
    body = (
      <div className="space-y-3">
        {s.window === "open"
          ? !live && <p>{s.seatsLeft > 0 ? t("signup.seatsLeft", { count: s.seatsLeft }) : t("signup.full")}</p>
          : !live && <p>{t(`signup.${s.window}`)}</p>}
        {s.window === "open" && !s.signedIn && (
          <div className="space-y-1">
            <Link href={`/login?callbackUrl=${encodeURIComponent(`/training/${classId}`)}`} className="btn-primary">
              {t("signup.signIn")}
            </Link>
            <p className="text-sm text-muted">{t("signup.signInHint")}</p>
          </div>
        )}
        {s.window === "open" && s.signedIn && s.accountStatus !== "APPROVED" && !live && <p>{t("signup.notApproved")}</p>}
        {s.window === "open" && s.signedIn && s.refusal && !live && e?.status !== "DECLINED" && <p>{t(`errors.${s.refusal}`)}</p>}
        {canTry && (
          <form action={signUp}>
            <input type="hidden" name="classId" value={classId} />
            <button type="submit" className="btn-primary" disabled={signing}>
              {e?.status === "CANCELLED" ? t("signup.again") : s.seatsLeft > 0 ? t("signup.button") : t("signup.buttonWaitlist")}
            </button>
          </form>
        )}
        {live && s.window !== "unavailable" && (
          <form
            action={cancel}
            onSubmit={(ev) => {
              if (!window.confirm(t("signup.cancelConfirm"))) ev.preventDefault();
            }}
          >
            <input type="hidden" name="classId" value={classId} />
            <button type="submit" className="btn-secondary" disabled={cancelling}>
              {t("signup.cancel")}
            </button>
          </form>
        )}
      </div>
    );
  }
  return (
    <section className="card space-y-3" aria-labelledby={headingId} aria-busy={state === "loading"}>
      <h2 id={headingId} className="text-xl">
        {t("signup.title")}
      </h2>
      {/* Always present (empty while there is no sign-up), so that a change is announced. */}
      <p role="status" data-testid="signup-status" className={standing ? "font-medium" : "sr-only"}>
        {standing && t(`signup.${standing.status}` as "signup.PENDING", { position: standing.position ?? 0 })}
        {standing?.note ? <span className="block font-normal">{t("signup.declinedNote", { note: standing.note })}</span> : null}
      </p>
      {body}
      {outcome?.message && (!outcome.ok || typeof state !== "object" || state === null) && (
        <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-green-900" : "font-medium text-brand-700"}>
          {te(outcome.message, outcome.messageValues)}
        </p>
      )}
    </section>
  );
}
