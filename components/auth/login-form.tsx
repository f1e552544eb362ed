"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, FormStatus } from "@/components/ui/field";

// next-auth's credentials sign-in; the server answers with a code ("invalid" / "locked")
// that is shown in the visitor's language. Neither reveals whether the account exists.
export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | undefined>(notice);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get("identifier") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const fieldErrors: Record<string, string[]> = {};
    if (!identifier) fieldErrors.identifier = ["errors.required"];
    if (!password) fieldErrors.password = ["errors.required"];
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) return setMessage("errors.invalid");
    setPending(true);
    setMessage(undefined);
    const result = await signIn("credentials", { identifier, password, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setMessage(result?.error === "locked" ? "errors.login.locked" : "errors.login.invalid");
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus message={message} ok={message === "register.success"} />
      <Field
        name="identifier"
        label={t("fields.identifier")}
        required
        errors={errors.identifier}
        hint={t("hints.identifier")}
        autoComplete="username"
        maxLength={40}
      />
      <Field
        name="password"
        label={t("fields.password")}
        required
        errors={errors.password}
        type="password"
        autoComplete="current-password"
        maxLength={128}
      />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? t("common.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
