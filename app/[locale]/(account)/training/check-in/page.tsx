import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { CheckinForm } from "@/components/training/checkin-form";
import { normalizeCheckinCode } from "@/lib/training/checkin-code";
import { checkInTrainingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("training.checkin"))("title") };
}

/** 培训签到: reached by typing the address, from the 干部教育培训 page, or by the venue's QR code. */
export default async function CheckinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const raw = typeof sp.code === "string" ? sp.code : "";
  // Sign-in first, coming back here with the code.
  const code = normalizeCheckinCode(raw) ?? "";
  await signedInPage(code ? `/training/check-in?code=${code}` : "/training/check-in");
  const t = await getTranslations("training.checkin");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-muted">{t("lead")}</p>
      </header>
      <CheckinForm action={checkInTrainingAction} initialCode={code} />
    </div>
  );
}
