import type { SelectHTMLAttributes } from "react";

/**
 * A <select> for forms that come back after a refusal. React applies a select's defaultValue
 * only when it mounts, and resets the form after every action: without the key, a refused form
 * would show the old default instead of the choice that was sent (政治面貌, 职级, 角色…).
 */
export function Select({
  defaultValue,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "defaultValue"> & { defaultValue?: string }) {
  return <select key={defaultValue ?? ""} defaultValue={defaultValue} {...props} />;
}
