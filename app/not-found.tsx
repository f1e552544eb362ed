import Link from "next/link";
import "./globals.css";

// Paths outside the proxy's matcher (a missing file such as /x.png) never reach a language;
// Chinese first, as everywhere on the site.
export default function NotFound() {
  return (
    <html lang="zh-CN">
      <body className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-2xl">页面不存在</h1>
        <p className="mt-2 text-muted" lang="en">
          Page not found
        </p>
        <p className="mt-6">
          <Link href="/" className="link">
            返回首页 · Home
          </Link>
        </p>
      </body>
    </html>
  );
}
