// What the search index holds for each public board item and training class: one SearchDocument
// per item that readers can see, composed here for both the live indexer (lib/data/search-index.ts,
// inside the writer's transaction) and the full rebuild (demo seed, bench). The composition matches
// the backfill of the *_search_index migration (training classes, added later, are backfilled by
// indexMissingTraining below): fields joined by newlines, NULLs skipped, so a word never matches
// across two fields (words never hold whitespace).
// No "server-only": the seed scripts and the bench call rebuildSearchIndex with their client.
import type { PrismaClient } from "../generated/prisma/client";
import { documentGrams } from "../search/grams";
import { bodyVisibleText, isHtmlBody } from "../markdown/body-text";
import type { SearchKind } from "../search/kinds";

// A body written in the toolbar editor is HTML: the index (and so the snippets readers see)
// holds its text. Older Markdown bodies are indexed as typed, as the migration's backfill did.
const bodyText = (body: string) => (isHtmlBody(body) ? bodyVisibleText(body) : body);

/** The model delegates the composition reads (a client or a transaction). */
type Reader = Pick<PrismaClient, "policy" | "vacancy" | "notice" | "appointment" | "trainingClass">;
type Writer = Reader & Pick<PrismaClient, "searchDocument">;

interface SearchDocumentData {
  kind: SearchKind;
  refId: string;
  sortAt: Date;
  title: string;
  detail: string;
  body: string;
}

const lines = (...parts: (string | null | undefined)[]) => parts.filter((p) => p !== null && p !== undefined).join("\n");

const POLICY = { id: true, title: true, issuer: true, docNumber: true, body: true, issuedOn: true, status: true } as const;
const VACANCY = { id: true, post: true, unit: true, duties: true, qualifications: true, status: true, publishedAt: true } as const;
const NOTICE = {
  id: true as const,
  title: true,
  kind: true,
  body: true,
  status: true,
  publishedAt: true,
  entries: { select: { name: true }, orderBy: [{ position: "asc" as const }, { id: "asc" as const }] },
};
const APPOINTMENT = {
  id: true,
  personName: true,
  kind: true,
  post: true,
  unit: true,
  docNumber: true,
  body: true,
  decidedOn: true,
  status: true,
} as const;

const TRAINING = { id: true, title: true, organizer: true, place: true, description: true, publishedAt: true } as const;

// Who is public, per board (the same rules as the public pages' queries).
const PUBLIC_WHERE = {
  policies: { status: "PUBLISHED" },
  vacancies: { status: { not: "DRAFT" }, publishedAt: { not: null } },
  notices: { status: "PUBLISHED", publishedAt: { not: null } },
  appointments: { status: "PUBLISHED" },
  // The classes the training board lists (open and finished ones); a cancelled class keeps its
  // page for those who signed up, but is no longer offered, so no search leads to it.
  training: { status: { in: ["PUBLISHED", "FINISHED"] as string[] }, publishedAt: { not: null } },
} as const;

type PolicyRow = { id: string; title: string; issuer: string; docNumber: string | null; body: string; issuedOn: Date };
type VacancyRow = { id: string; post: string; unit: string; duties: string; qualifications: string; publishedAt: Date | null };
type NoticeRow = { id: string; title: string; kind: string; body: string; publishedAt: Date | null; entries: { name: string }[] };
type AppointmentRow = {
  id: string;
  personName: string;
  kind: string;
  post: string;
  unit: string;
  docNumber: string | null;
  body: string;
  decidedOn: Date;
};
type TrainingRow = { id: string; title: string; organizer: string; place: string | null; description: string; publishedAt: Date | null };

const compose = {
  policies: (r: PolicyRow): SearchDocumentData => ({
    kind: "policies",
    refId: r.id,
    sortAt: r.issuedOn,
    title: r.title,
    detail: r.issuer,
    body: lines(r.docNumber, r.issuer, bodyText(r.body)),
  }),
  vacancies: (r: VacancyRow): SearchDocumentData => ({
    kind: "vacancies",
    refId: r.id,
    sortAt: r.publishedAt!,
    title: r.post,
    detail: r.unit,
    body: lines(r.unit, bodyText(r.duties), bodyText(r.qualifications)),
  }),
  notices: (r: NoticeRow): SearchDocumentData => ({
    kind: "notices",
    refId: r.id,
    sortAt: r.publishedAt!,
    title: r.title,
    detail: r.kind,
    body: lines(r.entries.length ? r.entries.map((e) => e.name).join("\n") : null, bodyText(r.body)),
  }),
  appointments: (r: AppointmentRow): SearchDocumentData => ({
    kind: "appointments",
    refId: r.id,
    sortAt: r.decidedOn,
    title: r.personName,
    detail: `${r.kind}|${r.post}`,
    body: lines(r.docNumber, r.post, r.unit, bodyText(r.body)),
  }),
  training: (r: TrainingRow): SearchDocumentData => ({
    kind: "training",
    refId: r.id,
    sortAt: r.publishedAt!,
    title: r.title,
    detail: r.organizer,
    body: lines(r.organizer, r.place, bodyText(r.description)),
  }),
};

/** The document of one item, or null when readers cannot see it (draft, withdrawn, missing). */
async function composeDocument(tx: Reader, kind: SearchKind, id: string): Promise<SearchDocumentData | null> {
  switch (kind) {
    case "policies": {
      const r = await tx.policy.findFirst({ where: { id, ...PUBLIC_WHERE.policies }, select: POLICY });
      return r ? compose.policies(r) : null;
    }
    case "vacancies": {
      const r = await tx.vacancy.findFirst({ where: { id, ...PUBLIC_WHERE.vacancies }, select: VACANCY });
      return r ? compose.vacancies(r) : null;
    }
    case "notices": {
      const r = await tx.notice.findFirst({ where: { id, ...PUBLIC_WHERE.notices }, select: NOTICE });
      return r ? compose.notices(r) : null;
    }
    case "appointments": {
      const r = await tx.appointment.findFirst({ where: { id, ...PUBLIC_WHERE.appointments }, select: APPOINTMENT });
      return r ? compose.appointments(r) : null;
    }
    case "training": {
      const r = await tx.trainingClass.findFirst({ where: { id, ...PUBLIC_WHERE.training }, select: TRAINING });
      return r ? compose.training(r) : null;
    }
  }
}

/** The row as stored: SQLite also keeps the characters for its character index. */
function storedDocument(doc: SearchDocumentData, withGrams: boolean) {
  return { ...doc, grams: withGrams ? documentGrams(doc.title, doc.body) : "" };
}

/** Bring the index entry of one item in line with the item, in the caller's transaction. */
export async function writeDocument(tx: Writer, kind: SearchKind, id: string, withGrams: boolean): Promise<void> {
  const doc = await composeDocument(tx, kind, id);
  if (!doc) {
    await tx.searchDocument.deleteMany({ where: { kind, refId: id } });
    return;
  }
  const row = storedDocument(doc, withGrams);
  await tx.searchDocument.upsert({ where: { kind_refId: { kind, refId: id } }, create: row, update: row });
}

const BATCH = 500;

/**
 * Empty the index and fill it from every public item: after bulk inserts that bypass the data
 * layer (the demo seed, the bench data set). Returns the number of documents.
 */
export async function rebuildSearchIndex(prisma: PrismaClient): Promise<number> {
  // Only SQLite answers this: it alone needs the character column.
  const withGrams = await prisma.$queryRawUnsafe("SELECT sqlite_version()").then(
    () => true,
    () => false,
  );
  await prisma.searchDocument.deleteMany({});
  let total = 0;
  const save = async (docs: SearchDocumentData[]) => {
    if (!docs.length) return;
    await prisma.searchDocument.createMany({ data: docs.map((d) => storedDocument(d, withGrams)) });
    total += docs.length;
  };
  const orderBy = { id: "asc" } as const;
  for (let skip = 0; ; skip += BATCH) {
    const rows = await prisma.policy.findMany({ where: PUBLIC_WHERE.policies, select: POLICY, orderBy, skip, take: BATCH });
    await save(rows.map(compose.policies));
    if (rows.length < BATCH) break;
  }
  for (let skip = 0; ; skip += BATCH) {
    const rows = await prisma.vacancy.findMany({ where: PUBLIC_WHERE.vacancies, select: VACANCY, orderBy, skip, take: BATCH });
    await save(rows.map(compose.vacancies));
    if (rows.length < BATCH) break;
  }
  for (let skip = 0; ; skip += BATCH) {
    const rows = await prisma.notice.findMany({ where: PUBLIC_WHERE.notices, select: NOTICE, orderBy, skip, take: BATCH });
    await save(rows.map(compose.notices));
    if (rows.length < BATCH) break;
  }
  for (let skip = 0; ; skip += BATCH) {
    const rows = await prisma.appointment.findMany({ where: PUBLIC_WHERE.appointments, select: APPOINTMENT, orderBy, skip, take: BATCH });
    await save(rows.map(compose.appointments));
    if (rows.length < BATCH) break;
  }
  for (let skip = 0; ; skip += BATCH) {
    const rows = await prisma.trainingClass.findMany({ where: PUBLIC_WHERE.training, select: TRAINING, orderBy, skip, take: BATCH });
    await save(rows.map(compose.training));
    if (rows.length < BATCH) break;
  }
  return total;
}

/**
 * Index the public training classes the index does not hold yet: the classes published before
 * training joined the search (run at start by scripts/prepare.ts, and a no-op after the first).
 * A class another instance indexed meanwhile is left as it is. Returns the number added.
 */
export async function indexMissingTraining(prisma: PrismaClient, withGrams: boolean): Promise<number> {
  const indexed = new Set(
    (await prisma.searchDocument.findMany({ where: { kind: "training" }, select: { refId: true } })).map((d) => d.refId),
  );
  const missing = (await prisma.trainingClass.findMany({ where: PUBLIC_WHERE.training, select: { id: true } })).filter(
    (c) => !indexed.has(c.id),
  );
  let added = 0;
  for (const { id } of missing) {
    // One class per transaction, read and written together, like every other index write.
    const wrote = await prisma
      .$transaction(async (tx) => {
        if (await tx.searchDocument.findFirst({ where: { kind: "training", refId: id }, select: { id: true } })) return false;
        await writeDocument(tx, "training", id, withGrams);
        return true;
      })
      .catch((e: unknown) => {
        // Two instances starting together: the other one's row won the unique (kind, refId).
        if ((e as { code?: string }).code === "P2002") return false;
        throw e;
      });
    if (wrote) added++;
  }
  return added;
}
