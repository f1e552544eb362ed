"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";

export interface PersonChoice {
  id: string;
  name: string;
  noticeTitle: string;
  post: string;
  unit: string;
  vacancyId: string;
  noticeId: string;
}

/**
 * The 任免 form's 公示对象: a person of a 任职前公示 whose period has ended. Choosing one fills the
 * form's name, post and unit and its links (still editable); the server links the 公示 itself.
 */
export function PersonPicker({ persons, defaultValue, errors }: { persons: PersonChoice[]; defaultValue?: string; errors?: string[] }) {
  const t = useTranslations();
  const id = useId();
  const fill = (e: React.ChangeEvent<HTMLSelectElement>) => {
    const p = persons.find((x) => x.id === e.target.value);
    const form = e.target.form;
    if (!p || !form) return;
    const set = (name: string, value: string) => {
      const el = form.elements.namedItem(name);
      if ((el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && value) el.value = value;
    };
    set("personName", p.name);
    set("post", p.post);
    set("unit", p.unit);
    set("vacancyId", p.vacancyId);
    set("noticeId", p.noticeId);
    set("kind", "APPOINT");
  };
  return (
    <div className="space-y-1 sm:col-span-2">
      <label htmlFor={id} className="block font-medium">
        {t("loop.form.person")}
        <span className="ml-1 text-sm font-normal text-muted">（{t("common.optional")}）</span>
      </label>
      <select
        id={id}
        name="noticeEntryId"
        defaultValue={defaultValue ?? ""}
        onChange={fill}
        className="input"
        aria-describedby={`${id}-hint`}
        aria-invalid={!!errors?.length}
      >
        <option value="">{t("loop.form.personNone")}</option>
        {persons.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} · {p.post}（{p.noticeTitle}）
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("loop.form.personHint")}
      </p>
      {errors?.length ? <p className="text-sm font-medium text-brand-700">{errors.map((e) => t(e)).join("；")}</p> : null}
    </div>
  );
}
