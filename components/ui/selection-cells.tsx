"use client";
// The checkbox cells of a table whose rows are chosen for a bulk action (with useSelection):
// the "select all" header and each row's box, which posts the row's id as `ids`.

export function SelectAllHeaderCell(props: { label: string; checked: boolean; disabled: boolean; onChange: () => void }) {
  return (
    <th scope="col" className="w-10 px-3 py-2 whitespace-nowrap">
      <input
        type="checkbox"
        aria-label={props.label}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
        className="h-5 w-5"
      />
    </th>
  );
}

export function SelectRowCell(props: {
  id: string;
  selectable: boolean;
  checked: boolean;
  onToggle: () => void;
  label: string;
  className?: string;
}) {
  return (
    <td className={props.className ?? "px-3 py-2"}>
      {props.selectable && (
        <input
          type="checkbox"
          name="ids"
          value={props.id}
          checked={props.checked}
          onChange={props.onToggle}
          aria-label={props.label}
          className="h-5 w-5"
        />
      )}
    </td>
  );
}
