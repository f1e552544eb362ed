// The real root layout is app/[locale]/layout.tsx (it needs the language for <html lang>).
// This one exists for app/not-found.tsx, which answers paths the proxy does not rewrite.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
