import "server-only";
// The one indexer call of the data layer: every write that can change what readers see of a
// board item or a training class (publish, withdraw, back to draft, edit, a vacancy's later
// stages, a class finished or cancelled) calls indexBoardItem in its own transaction, so the
// index commits or rolls back with the write.
import type { Tx } from "../db/client";
import { isPostgres } from "../db/client";
import { writeDocument } from "./search-documents";
import type { SearchKind } from "../search/kinds";

export async function indexBoardItem(tx: Tx, kind: SearchKind, id: string): Promise<void> {
  await writeDocument(tx, kind, id, !isPostgres());
}

/** changePublication's entity types → index kinds. */
export const KIND_OF_ENTITY: Record<string, SearchKind> = {
  Policy: "policies",
  Notice: "notices",
  Appointment: "appointments",
  Vacancy: "vacancies",
};
