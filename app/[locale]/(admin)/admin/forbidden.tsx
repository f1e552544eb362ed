import { ForbiddenNotice } from "@/components/layout/forbidden-notice";

// A staff member on an administrators' page (e.g. a reviewer on /admin/staff): HTTP 403, with
// the console menu still around it. Non-staff are refused by the console layout itself and get
// app/[locale]/forbidden.tsx.
export default function ConsoleForbidden() {
  return <ForbiddenNotice />;
}
