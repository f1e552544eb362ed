import { IntentLink as Link } from "@/components/ui/intent-link";

/** What a decision did, in words, with "下一条" to the next item waiting and the way back to the list. */
export function DecidedBanner({
  message,
  nextHref,
  nextLabel,
  backHref,
  backLabel,
}: {
  message: string;
  nextHref: string;
  nextLabel: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div className="card space-y-3 border-green-700 bg-green-50" data-testid="decided">
      <p role="status" className="font-medium text-green-900">
        {message}
      </p>
      <p className="flex flex-wrap gap-3">
        <Link href={nextHref} className="btn-primary">
          {nextLabel}
        </Link>
        <Link href={backHref} className="btn-secondary">
          {backLabel}
        </Link>
      </p>
    </div>
  );
}
