import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { TwoFactorEnrol } from "@/components/auth/two-factor-enrol";
import { TwoFactorVerify } from "@/components/auth/two-factor-verify";
import { LogoutButton } from "@/components/auth/logout-button";
import { landingPath } from "@/lib/auth/landing";
import { loginPath } from "@/lib/auth/page-guards";
import { currentActor } from "@/lib/auth/session";
import { justEnrolled, twoFactorEnrolment } from "@/lib/data/two-factor";
import { siteOrigin } from "@/lib/feeds/origin";
import { sameOriginPath } from "@/lib/http/callback-url";
import { groupedSecret } from "@/lib/security/totp";
import { confirmTwoFactorAction, verifyTwoFactorAction } from "./actions";

// Per session: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

/** The browser gets this page's words only (as the login page does with its form's). */
async function clientMessages() {
  const all = (await getMessages()) as Record<string, unknown>;
  return { common: all.common, errors: all.errors, twoFactor: all.twoFactor } as Record<string, unknown>;
}

/** The authenticator's QR code as an image (the Content-Security-Policy allows data: images). */
async function qrImage(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

// The second step of a staff sign-in (lib/auth/second-factor.ts): setting up the authenticator
// app the first time, a code every time after. Every signed-in page sends a staff session here
// until it has passed, and brings it back to the page it asked for (`callbackUrl`).
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [actor, params, t] = await Promise.all([currentActor(), searchParams, getTranslations("twoFactor")]);
  const next = sameOriginPath(params.callbackUrl, await siteOrigin());
  // No session (it ended, or the page was bookmarked): sign in first; the form comes back here.
  if (!actor) redirect(loginPath(next ?? "/admin"));
  // Passed. Right after setting up, the set-up stays on the page: its answer (the recovery codes,
  // shown once) is in the form's state, and this render is the one that carries that answer.
  const completed = !actor.secondFactor && (await justEnrolled(actor));
  if (!actor.secondFactor && !completed) redirect(next ?? landingPath(actor));
  const enrolment = completed ? { secret: "", uri: "" } : actor.secondFactor === "enrol" ? await twoFactorEnrolment(actor) : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl">{t(enrolment ? "enrol.title" : "verify.title")}</h1>
      <p className="mt-2 text-muted">{t(enrolment ? "enrol.lead" : "verify.lead")}</p>
      <div className="card mt-6">
        <NextIntlClientProvider messages={await clientMessages()}>
          {enrolment ? (
            <TwoFactorEnrol
              action={confirmTwoFactorAction}
              qr={completed ? "" : await qrImage(enrolment.uri)}
              secret={completed ? "" : groupedSecret(enrolment.secret)}
              next={next}
              completed={completed}
            />
          ) : (
            <TwoFactorVerify action={verifyTwoFactorAction} next={next} />
          )}
        </NextIntlClientProvider>
      </div>
      <p className="mt-4 text-sm text-muted">{t(enrolment ? "enrol.help" : "verify.help")}</p>
      <p className="mt-2 text-sm">
        <LogoutButton label={t("signOut")} />
      </p>
    </div>
  );
}
