"use client";
// Date and date-time fields for the console forms. The browser draws a date box in its own
// style (2026/12/02, 12/02/2026 …), which is not the site's; so under the box the field says,
// as it is typed, how the value will read on the site: “将显示为 2026年12月2日 09:46”. A date
// and a time are two native inputs (keyboard and screen-reader friendly, a phone's own picker
// at 390 px, no picker script); the form still sends one value, "YYYY-MM-DDTHH:mm" in Beijing
// time, so the actions are unchanged. Console only: public pages load none of this.
import { useId, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { DAY, INSTANT, parseDay, parseShanghaiDateTime } from "@/lib/calendar/dates";

interface DateFieldProps {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  /** "YYYY-MM-DD" for a date, "YYYY-MM-DDTHH:mm" (Beijing time) for a date and time. */
  defaultValue?: string;
  /** A list's filter: a small label, neither required nor marked optional. */
  filter?: boolean;
}

function Label({ htmlFor, label, required, filter }: { htmlFor?: string; label: string; required?: boolean; filter?: boolean }) {
  const t = useTranslations();
  if (filter && htmlFor)
    return (
      <label htmlFor={htmlFor} className="block text-sm font-medium">
        {label}
      </label>
    );
  const marks = required ? (
    <span className="ml-1 text-brand-700" aria-hidden="true">
      *
    </span>
  ) : (
    <span className="ml-1 text-sm font-normal text-muted">（{t("common.optional")}）</span>
  );
  return htmlFor ? (
    <label htmlFor={htmlFor} className="block font-medium">
      {label}
      {marks}
    </label>
  ) : (
    <legend className="block font-medium">
      {label}
      {marks}
    </legend>
  );
}

function Notes({ id, hint, echo, errors }: { id: string; hint?: string; echo: string; errors?: string[] }) {
  const t = useTranslations();
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <p id={`${id}-echo`} className="text-sm text-muted" aria-live="polite">
        {echo}
      </p>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-brand-700">
          {errors.map((e) => t(e)).join("；")}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, errors?: string[]) =>
  [hint && `${id}-hint`, `${id}-echo`, errors?.length && `${id}-error`].filter(Boolean).join(" ");

/** A calendar day, with its echo (2026年12月2日). */
export function DateField(props: DateFieldProps) {
  // Remounted with the value sent back after a refusal (React resets a form after its action).
  return <DateFieldInner key={props.defaultValue ?? ""} {...props} />;
}

function DateFieldInner({ name, label, errors, hint, required, defaultValue, filter }: DateFieldProps) {
  const t = useTranslations();
  const format = useFormatter();
  const id = useId();
  const [value, setValue] = useState(defaultValue ?? "");
  const day = parseDay(value);
  return (
    <div className="space-y-1">
      <Label htmlFor={id} label={label} required={required} filter={filter} />
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={defaultValue}
        onChange={(e) => setValue(e.target.value)}
        required={required}
        aria-invalid={!!errors?.length}
        aria-describedby={describedBy(id, hint, errors)}
        className="input max-w-56"
      />
      <Notes id={id} hint={hint} echo={day ? t("dateField.echo", { text: format.dateTime(day, DAY) }) : ""} errors={errors} />
    </div>
  );
}

/** A date and a time of day in Beijing time, sent as one value, with its echo (2026年12月2日 09:46). */
export function DateTimeField(props: DateFieldProps) {
  return <DateTimeFieldInner key={props.defaultValue ?? ""} {...props} />;
}

function DateTimeFieldInner({ name, label, errors, hint, required, defaultValue }: DateFieldProps) {
  const t = useTranslations();
  const format = useFormatter();
  const id = useId();
  const [initialDay, initialTime] = (defaultValue ?? "").split("T");
  const [day, setDay] = useState(initialDay ?? "");
  const [time, setTime] = useState((initialTime ?? "").slice(0, 5));
  // Both parts or nothing: a half-filled value is sent as typed, so the server names what is wrong.
  const combined = day || time ? `${day}T${time}` : "";
  const instant = parseShanghaiDateTime(combined);
  const echo = instant ? `${t("dateField.echo", { text: format.dateTime(instant, INSTANT) })}（${t("dateField.beijing")}）` : "";
  const invalid = !!errors?.length;
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy(id, hint, errors)}>
      <Label label={label} required={required} />
      <input type="hidden" name={name} value={combined} />
      <div className="flex flex-wrap gap-2">
        <label className="sr-only" htmlFor={`${id}-day`}>
          {label}：{t("dateField.date")}
        </label>
        <input
          id={`${id}-day`}
          type="date"
          defaultValue={initialDay}
          onChange={(e) => setDay(e.target.value)}
          required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy(id, hint, errors)}
          className="input max-w-48"
        />
        <label className="sr-only" htmlFor={`${id}-time`}>
          {label}：{t("dateField.time")}
        </label>
        <input
          id={`${id}-time`}
          type="time"
          step={60}
          defaultValue={initialTime?.slice(0, 5)}
          onChange={(e) => setTime(e.target.value)}
          required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy(id, hint, errors)}
          className="input max-w-32"
        />
      </div>
      <Notes id={id} hint={hint} echo={echo} errors={errors} />
    </fieldset>
  );
}
