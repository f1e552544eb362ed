import type { PrecheckFlag } from "@/lib/nominations/precheck";
import { FlagList } from "./flag-list";

/** The pre-check warnings of one nomination, as a card (nothing when there are none). */
export function FlagsCard({ flags, title }: { flags: PrecheckFlag[]; title: string }) {
  if (flags.length === 0) return null;
  return (
    <section className="card border-amber-400 bg-amber-50" aria-labelledby="flags-title">
      <h2 id="flags-title" className="text-lg">
        {title}
      </h2>
      <FlagList flags={flags} />
    </section>
  );
}
