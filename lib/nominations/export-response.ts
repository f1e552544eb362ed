// Turns an export (or its refusal) into an HTTP response for the route handlers.
import { AuthzError } from "../auth/actor";
import { NotFoundError } from "../data/errors";
import { attachment, contentType, renderTable, type ExportFormat, type Table } from "./spreadsheet";

export function exportFormat(v: string | null): ExportFormat | null {
  return v === "xlsx" || v === "csv" ? v : null;
}

export async function tableResponse(table: Table, format: ExportFormat): Promise<Response> {
  const body = await renderTable(table, format);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType(format),
      "Content-Disposition": attachment(table.title, format),
      // Confidential: never kept by a browser or proxy cache.
      "Cache-Control": "no-store, private",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** 401 for visitors, 403 for non-staff, 404 for unknown ids; anything else is a bug. */
export function refusal(e: unknown): Response {
  if (e instanceof AuthzError)
    return new Response(e.code === "unauthenticated" ? "请先登录" : "无权导出", { status: e.code === "unauthenticated" ? 401 : 403 });
  if (e instanceof NotFoundError) return new Response("未找到", { status: 404 });
  throw e;
}
