import { renderMarkdown } from "@/lib/markdown/render";

/** A staff-written Markdown body, rendered and sanitized on the server (see lib/markdown/render.ts). */
export function MarkdownBody({ markdown, className = "" }: { markdown: string; className?: string }) {
  return <div className={`prose-cn break-words ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
