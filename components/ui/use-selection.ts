"use client";
import { useState } from "react";

/** Checkbox selection over the selectable rows of a console table (row and "select all"). */
export function useSelection(selectableIds: string[]) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const allOn = selectableIds.length > 0 && selectableIds.every((id) => selected.has(id));
  return {
    selected,
    allOn,
    isSelected: (id: string) => selected.has(id),
    toggle: (id: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    toggleAll: () => setSelected(allOn ? new Set() : new Set(selectableIds)),
  };
}
