"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/field";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** 退出所有设备: one button; the action ends this session too and goes to the sign-in page. */
export function SignOutEverywhereForm({ action }: { action: Action }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="confirm" value="1" />
      <FormStatus state={state} />
      <button type="submit" className="btn-secondary w-full sm:w-auto" disabled={pending}>
        {pending ? t("common.submitting") : t("accountSecurity.everywhere.submit")}
      </button>
    </form>
  );
}
