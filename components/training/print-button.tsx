"use client";

/** Opens the browser's print dialog (the printable record's page is laid out for paper). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-primary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
