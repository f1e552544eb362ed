import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import { MIN_NOTICE_WORKING_DAYS } from "@/lib/calendar/notice-period";
import type { NoticeDraftState } from "@/lib/data/notice-drafts";
import type { ActionState } from "@/lib/validation/common";
import { LoopForm } from "./loop-form";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The review page's step to the 公示: the button, the 公示 already made, or why not yet. */
export async function NoticeDraftPanel({ vacancyId, state, action }: { vacancyId: string; state: NoticeDraftState; action: Action }) {
  const t = await getTranslations("loop.draft");
  return (
    <section className="card space-y-3" aria-labelledby="loop-draft-title" data-testid="notice-draft-panel">
      <h2 id="loop-draft-title" className="text-lg">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("lead", { days: MIN_NOTICE_WORKING_DAYS })}</p>
      <p className="text-sm">{t("shortlisted", { count: state.shortlisted })}</p>
      {state.current ? (
        <p>
          <Link href={`/admin/notices/${state.current.id}`} className="link font-medium">
            {t(state.current.isDraft ? "openDraft" : "openPublished", { title: state.current.title })}
          </Link>
        </p>
      ) : state.canDraft ? (
        <LoopForm action={action} hidden={{ vacancyId }} submitLabel={t("button")} />
      ) : (
        state.reason && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {(await getTranslations())(state.reason)}
          </p>
        )
      )}
    </section>
  );
}
