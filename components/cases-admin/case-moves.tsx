import { getTranslations } from "next-intl/server";
import { CASE_LIMITS, OBJECTION_CONCLUSIONS, OBJECTION_VERDICTS } from "@/lib/cases/kinds";
import type { ConsoleCase } from "@/lib/data/cases/console";
import type { ActionState } from "@/lib/validation/common";
import { MoveForm, type MoveField } from "./move-form";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export interface CaseMoveActions {
  take: Action;
  assign: Action;
  accept: Action;
  dismiss: Action;
  reply: Action;
  note: Action;
  investigate: Action;
  close: Action;
}

/** The moves the reader may make on this case now (the data layer's decisions), each its own form. */
export async function CaseMoves({ c, actions }: { c: ConsoleCase; actions: CaseMoveActions }) {
  const [t, words] = await Promise.all([getTranslations("caseAdmin"), getTranslations("cases")]);
  const d = c.decisions;
  const text = (name: string, label: string, required: boolean, maxLength: number, rows = 4): MoveField => ({
    kind: "textarea",
    name,
    label,
    required,
    maxLength,
    rows,
  });
  const closeFields: MoveField[] =
    d.closeForm === "objection"
      ? [
          {
            kind: "select",
            name: "verdict",
            label: t("moves.verdict"),
            required: true,
            options: OBJECTION_VERDICTS.map((v) => ({ value: v, label: words(`verdict.${v}`) })),
          },
          {
            kind: "select",
            name: "conclusion",
            label: t("moves.conclusion"),
            required: true,
            options: OBJECTION_CONCLUSIONS.map((v) => ({ value: v, label: words(`conclusion.${v}`) })),
          },
          text("findings", t("moves.findings"), true, CASE_LIMITS.reply, 5),
          text("outcomeText", t("moves.objectionText"), true, CASE_LIMITS.outcomeText),
        ]
      : d.closeForm === "report"
        ? [
            text("findings", t("moves.findingsOptional"), false, CASE_LIMITS.reply, 5),
            text("outcomeText", t("moves.reportText"), true, CASE_LIMITS.outcomeText),
          ]
        : [text("outcomeText", t("moves.talkText"), false, CASE_LIMITS.outcomeText, 3)];
  const any = d.canTake || d.canAssign || d.canAccept || d.canDismiss || d.canReply || d.canNote || d.canInvestigate || d.canClose;
  if (!any) return null;
  return (
    <section aria-labelledby="moves-title" className="space-y-4">
      <h2 id="moves-title" className="text-xl">
        {t("moves.title")}
      </h2>
      <div className="flex flex-wrap gap-3">
        {d.canTake && <MoveForm action={actions.take} caseId={c.id} submitLabel={t("moves.take")} variant="secondary" />}
        {d.canAccept && <MoveForm action={actions.accept} caseId={c.id} submitLabel={t("moves.accept")} hint={t("moves.acceptHint")} />}
      </div>
      {d.canInvestigate && (
        <MoveForm
          action={actions.investigate}
          caseId={c.id}
          title={t("moves.investigateTitle")}
          submitLabel={t("moves.investigateSubmit")}
          fields={[text("note", t("moves.investigateLabel"), false, CASE_LIMITS.reply, 3)]}
        />
      )}
      {d.canReply && (
        <MoveForm
          action={actions.reply}
          caseId={c.id}
          title={t("moves.replyTitle")}
          submitLabel={d.canAnswer ? t("moves.answerSubmit") : t("moves.replySubmit")}
          fields={[text("body", t("moves.replyLabel"), true, CASE_LIMITS.reply, 6)]}
        />
      )}
      {d.canClose && (
        <MoveForm
          action={actions.close}
          caseId={c.id}
          title={t("moves.closeTitle")}
          submitLabel={t("moves.closeSubmit")}
          fields={closeFields}
        />
      )}
      {d.canDismiss && (
        <MoveForm
          action={actions.dismiss}
          caseId={c.id}
          title={t("moves.dismissTitle")}
          submitLabel={t("moves.dismissSubmit")}
          variant="danger"
          fields={[text("reason", t("moves.dismissLabel"), true, CASE_LIMITS.outcomeText, 3)]}
        />
      )}
      {d.canNote && (
        <MoveForm
          action={actions.note}
          caseId={c.id}
          title={t("moves.noteTitle")}
          submitLabel={t("moves.noteSubmit")}
          variant="secondary"
          fields={[text("body", t("moves.noteLabel"), true, CASE_LIMITS.reply, 3)]}
        />
      )}
      {d.canAssign && c.assignees.length > 0 && (
        <MoveForm
          action={actions.assign}
          caseId={c.id}
          title={t("moves.assignTitle")}
          submitLabel={t("moves.assignSubmit")}
          variant="secondary"
          fields={[
            {
              kind: "select",
              name: "handlerId",
              label: t("moves.assignLabel"),
              required: true,
              options: c.assignees.map((s) => ({ value: s.id, label: s.name })),
            },
          ]}
        />
      )}
    </section>
  );
}
