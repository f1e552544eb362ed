import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/validation/common";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface StatusMove {
  to: string;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  /** Shown above the button: what the move does. */
  note?: string;
  /** Ask for a reason (a textarea named "reason"). */
  reasonLabel?: string;
}

/** One small form per allowed move of the item's state machine. */
export function StatusActions({
  id,
  moves,
  action,
  reasonAction,
}: {
  id: string;
  moves: StatusMove[];
  action: Action;
  reasonAction?: Action;
}) {
  if (!moves.length) return null;
  return (
    <div className="space-y-4">
      {moves.map((m) => (
        <div key={m.to} className="space-y-1">
          {m.note && <p className="text-sm text-muted">{m.note}</p>}
          <ActionForm
            action={m.reasonLabel && reasonAction ? reasonAction : action}
            hidden={{ id, to: m.to }}
            submitLabel={m.label}
            variant={m.variant ?? "secondary"}
            reasonLabel={m.reasonLabel}
          />
        </div>
      ))}
    </div>
  );
}
