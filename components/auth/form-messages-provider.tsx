import { NextIntlClientProvider } from "next-intl";
import { formClientMessages } from "@/i18n/client-messages";

/** The login and registration forms' words, for the browser (see i18n/client-messages.ts). */
export async function FormMessagesProvider({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await formClientMessages()}>{children}</NextIntlClientProvider>;
}
