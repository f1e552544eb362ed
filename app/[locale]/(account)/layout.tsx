import { NextIntlClientProvider } from "next-intl";
import { allClientMessages } from "@/i18n/client-messages";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// The signed-in user's forms (profile, nominations, withdraw) use the whole catalog.
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await allClientMessages()}>{children}</NextIntlClientProvider>;
}
