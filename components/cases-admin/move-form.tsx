"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export type MoveField =
  | { kind: "textarea"; name: string; label: string; required: boolean; maxLength: number; rows?: number; hint?: string }
  | { kind: "select"; name: string; label: string; required: boolean; options: { value: string; label: string }[] };

/**
 * One move on a case (受理, 答复, 办结 …): the case's id hidden, the move's own fields with their
 * errors, one button and the answer. A refusal keeps what was typed.
 */
export function MoveForm({
  action,
  caseId,
  submitLabel,
  fields = [],
  variant = "primary",
  title,
  hint,
}: {
  action: Action;
  caseId: string;
  submitLabel: string;
  fields?: MoveField[];
  variant?: "primary" | "secondary" | "danger";
  title?: string;
  hint?: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const body = (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={caseId} />
      {hint && <p className="text-sm text-muted">{hint}</p>}
      {fields.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          label={f.label}
          required={f.required}
          errors={state.errors?.[f.name]}
          hint={f.kind === "textarea" ? f.hint : undefined}
        >
          {(p) =>
            f.kind === "textarea" ? (
              <textarea {...p} rows={f.rows ?? 4} maxLength={f.maxLength} className="input" defaultValue={state.values?.[f.name]} />
            ) : (
              <select {...p} className="input" defaultValue={state.values?.[f.name] ?? ""}>
                <option value="">{t("caseAdmin.moves.choose")}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )
          }
        </Field>
      ))}
      <button
        type="submit"
        disabled={pending}
        className={variant === "primary" ? "btn-primary" : variant === "danger" ? "btn-danger" : "btn-secondary"}
      >
        {pending ? t("common.submitting") : submitLabel}
      </button>
      <FormStatus state={state} />
    </form>
  );
  if (!title) return body;
  return (
    <section className="card space-y-3">
      <h3 className="text-lg">{title}</h3>
      {body}
    </section>
  );
}
