import { currentActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/errors";
import { openAttachment } from "@/lib/data/cases/attachments";
import { attachmentDisposition } from "@/lib/http/content-disposition";

// A file sent with a case (/cases/files/<id>): only to the case's real-name writer and the staff
// who handle it (lib/data/cases/attachments.ts, which audits staff downloads). Everyone else,
// signed in or not, gets the same 404 as for an id that does not exist: the answer never
// confirms that a file or a case exists.
export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  try {
    const file = await openAttachment(await currentActor(), id);
    return new Response(new Uint8Array(file.data), {
      headers: {
        ...PRIVATE,
        "Content-Type": file.mimeType,
        "Content-Length": String(file.data.length),
        "Content-Disposition": attachmentDisposition(file.fileName),
        // Should a browser ever render it anyway (a PDF viewer), it runs no script and loads nothing.
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError)
      return new Response("未找到", { status: 404, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
