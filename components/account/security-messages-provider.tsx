import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

// The public 忘记密码 and reset pages' words for the browser: the forms' usual namespaces and this
// feature's own (the public pages send only what their forms need, see i18n/client-messages.ts).
const NAMESPACES = ["common", "errors", "fields", "hints", "login", "accountSecurity"];

export async function SecurityMessagesProvider({ children }: { children: React.ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const messages = Object.fromEntries(NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
