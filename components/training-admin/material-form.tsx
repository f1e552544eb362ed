"use client";
// A material shown with the class: a title and either a link or one file (PDF, Word, Excel,
// PowerPoint or an image, at most 10 MB, checked by its content on the server).
import { useActionState, useId } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export const MATERIAL_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.gif,.webp,application/pdf,image/*";

export function TrainingMaterialForm({ action, classId }: { action: Action; classId: string }) {
  const t = useTranslations("trainingAdmin");
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.errors ?? {};
  const v = state.values ?? {};
  const fileId = useId();
  const fileErr = e.file?.length ? `${fileId}-error` : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="classId" value={classId} />
      <Field name="title" label={t("material.title")} required errors={e.title} defaultValue={v.title} maxLength={200} />
      <Field name="url" label={t("material.url")} required={false} errors={e.url} defaultValue={v.url} type="url" maxLength={500} />
      <div className="space-y-1">
        <label htmlFor={fileId} className="block font-medium">
          {t("material.file")}
          <span className="ml-1 text-sm font-normal text-muted">（{tr("common.optional")}）</span>
        </label>
        <input
          id={fileId}
          name="file"
          type="file"
          accept={MATERIAL_ACCEPT}
          aria-invalid={!!e.file?.length}
          aria-describedby={[`${fileId}-hint`, fileErr].filter(Boolean).join(" ")}
          className="block w-full text-sm"
        />
        <p id={`${fileId}-hint`} className="text-sm text-muted">
          {t("material.fileHint")}
        </p>
        {fileErr && (
          <p id={fileErr} className="text-sm font-medium text-brand-700">
            {e.file!.map((m) => tr(m)).join("；")}
          </p>
        )}
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {pending ? tr("common.submitting") : t("material.add")}
      </button>
    </form>
  );
}
