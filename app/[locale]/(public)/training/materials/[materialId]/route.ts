import { publicMaterialFile } from "@/lib/data/training/public";
import { attachmentDisposition } from "@/lib/http/content-disposition";

// A material file of a public class, as an attachment (never shown inline: it is what staff
// uploaded, and the page's origin must not render it).
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ materialId: string }> }) {
  const { materialId } = await params;
  const notFound = () => new Response("未找到", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(materialId)) return notFound();
  const file = await publicMaterialFile(materialId);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
