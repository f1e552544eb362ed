import { ForbiddenNotice } from "@/components/layout/forbidden-notice";

// forbidden() from a page or the console layout (lib/auth/page-guards.ts): HTTP 403, in the
// reader's language, inside the site's header and footer.
export default function Forbidden() {
  return <ForbiddenNotice />;
}
