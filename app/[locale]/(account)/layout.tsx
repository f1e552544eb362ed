import { SignedInIntl } from "@/components/intl/signed-in-intl";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// The signed-in user's forms (profile, nominations, withdraw) use the whole catalog.
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SignedInIntl>{children}</SignedInIntl>;
}
