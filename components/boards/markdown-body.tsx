import { renderMarkdown } from "@/lib/markdown/render";

/** A staff-written body (editor HTML, or Markdown from before the editor), sanitized and rendered on the server (lib/markdown/render.ts). */
export function MarkdownBody({ markdown, className = "" }: { markdown: string; className?: string }) {
  return <div className={`prose-cn break-words ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
