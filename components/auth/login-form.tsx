"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { refreshClientSession } from "./client-session";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ChallengeField } from "@/components/ui/challenge-field";
import { Field, FormStatus } from "@/components/ui/field";
import { landingPath } from "@/lib/auth/landing";
import { isSecondFactorDue, secondFactorPath } from "@/lib/auth/second-factor";

/**
 * The server's answer (lib/auth/options.ts) as a catalog key: "invalid", "locked", "challenge"
 * (a proof-of-work check is needed first), or "unavailable:<reference>" when the sign-in could
 * not be checked at all. None reveals whether the account exists.
 */
export function loginMessage(code: string | null | undefined): { key: string; values?: Record<string, string> } {
  const unavailable = /^unavailable:([0-9A-F]{8})$/.exec(code ?? "");
  if (unavailable) return { key: "errors.login.unavailable", values: { ref: unavailable[1] } };
  if (code === "locked") return { key: "errors.login.locked" };
  if (code === "challenge") return { key: "errors.login.challenge" };
  return { key: "errors.login.invalid" };
}

// next-auth's credentials sign-in, shown in the visitor's language. `callbackUrl` has been
// checked by the page (same-origin paths only); null when no page asked for one: then the new
// session's role decides (staff to the console home, others to their account).
export function LoginForm({ callbackUrl, notice }: { callbackUrl: string | null; notice?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ key: string; values?: Record<string, string> } | undefined>(
    notice ? { key: notice } : undefined,
  );
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  // Shown once the server asks for it; the button waits until the browser has solved it.
  const [challenge, setChallenge] = useState(false);
  const [solved, setSolved] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const identifier = String(form.get("identifier") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const altcha = String(form.get("altcha") ?? "");
    const fieldErrors: Record<string, string[]> = {};
    if (!identifier) fieldErrors.identifier = ["errors.required"];
    if (!password) fieldErrors.password = ["errors.required"];
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) return setMessage({ key: "errors.invalid" });
    setPending(true);
    setMessage(undefined);
    const result = await signIn("credentials", { identifier, password, ...(altcha ? { altcha } : {}), redirect: false });
    setPending(false);
    if (!result || result.error) {
      if (result?.error === "challenge") setChallenge(true);
      setMessage(loginMessage(result?.error));
      return;
    }
    // Also tells the header's sign-in area, which stays mounted across the navigation below.
    const user = (await refreshClientSession()) ?? undefined;
    const destination = callbackUrl ?? landingPath(user);
    // Staff go on to their second factor first (lib/auth/second-factor.ts), then to the destination.
    router.push(isSecondFactorDue(user?.tfa) ? secondFactorPath(destination) : destination);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus message={message?.key} values={message?.values} ok={message?.key === "register.success"} />
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
      {challenge && <ChallengeField onSolvedChange={setSolved} />}
      <button type="submit" className="btn-primary w-full" disabled={pending || (challenge && !solved)}>
        {pending ? t("common.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
