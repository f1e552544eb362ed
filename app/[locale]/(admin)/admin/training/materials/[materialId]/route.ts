import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { materialFileForStaff } from "@/lib/data/training/classes";
import { refusal } from "@/lib/nominations/export-response";

// A class material's file, for staff checking what they uploaded (the public page serves its own).
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ materialId: string }> }) {
  const { materialId } = await params;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(materialId)) return new Response("未找到", { status: 404 });
  try {
    const file = await materialFileForStaff(requireStaff(await currentActor()), materialId);
    if (!file) return new Response("未找到", { status: 404 });
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="material"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "no-store, private",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    return refusal(e);
  }
}
