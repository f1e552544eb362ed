import { notFound } from "next/navigation";

// Any path under a language that no route matches: the localized not-found page, inside the
// site's header and footer.
export default function UnknownPage() {
  notFound();
}
