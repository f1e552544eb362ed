import type { Segment } from "@/lib/search/snippet";

// Search result text with the searched words in <mark>. Each segment is a React text node, so
// whatever a document holds ("<", "&") is escaped; only <mark> is markup.
export function MarkedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
