"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Merge another candidate record (by its record number) into this one, after a confirmation. */
export function MergeForm({ action, keepId, dropId }: { action: Action; keepId: string; dropId?: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      action={formAction}
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm(t("nominations.candidates.mergeLead"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="keepId" value={keepId} />
      {dropId ? (
        <input type="hidden" name="dropId" value={dropId} />
      ) : (
        <div className="max-w-md">
          <Field
            name="dropId"
            label={t("nominations.candidates.mergeOtherId")}
            required
            errors={state.errors?.dropId}
            defaultValue={state.values?.dropId}
            maxLength={40}
            autoComplete="off"
          />
        </div>
      )}
      <button type="submit" className={dropId ? "btn-secondary min-h-9 px-3 py-1 text-sm" : "btn-danger"} disabled={pending}>
        {dropId ? t("nominations.candidates.mergeHere") : t("nominations.candidates.mergeSubmit")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
