-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "sortAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "grams" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchDocument_sortAt_idx" ON "SearchDocument"("sortAt");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_kind_refId_key" ON "SearchDocument"("kind", "refId");

-- ---- Hand-written (not expressible in schema.prisma; `npm run db:check` ignores these objects,
-- see scripts/db/search-index-filter.ts) ----------------------------------------------------

-- Trigram matching. A trusted extension since PostgreSQL 13: the database owner may create it.
-- Chinese characters count as trigram characters only under a UTF-8 LC_CTYPE (e.g. C.UTF-8,
-- zh_CN.UTF-8); under LC_CTYPE=C the searches are still right but the index cannot narrow them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Backfill: every public board item, composed exactly as lib/data/search-index.ts does
-- (fields joined by newlines, NULLs skipped).
INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'policies', "id", "issuedOn", "title", "issuer", concat_ws(E'\n', "docNumber", "issuer", "body")
FROM "Policy" WHERE "status" = 'PUBLISHED';

INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'vacancies', "id", "publishedAt", "post", "unit", concat_ws(E'\n', "unit", "duties", "qualifications")
FROM "Vacancy" WHERE "status" <> 'DRAFT' AND "publishedAt" IS NOT NULL;

INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'notices', n."id", n."publishedAt", n."title", n."kind",
       concat_ws(E'\n', (SELECT string_agg(e."name", E'\n' ORDER BY e."position", e."id") FROM "NoticeEntry" e WHERE e."noticeId" = n."id"), n."body")
FROM "Notice" n WHERE n."status" = 'PUBLISHED' AND n."publishedAt" IS NOT NULL;

INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'appointments', "id", "decidedOn", "personName", "kind" || '|' || "post", concat_ws(E'\n', "docNumber", "post", "unit", "body")
FROM "Appointment" WHERE "status" = 'PUBLISHED';

-- Words of 3 characters or more: ILIKE '%word%' over this expression uses the trigram index.
CREATE INDEX "SearchDocument_text_trgm_idx" ON "SearchDocument" USING gin (("title" || E'\n' || "body") gin_trgm_ops);
-- Words of 1–2 characters: the document must hold each of their characters (then ILIKE rechecks).
CREATE INDEX "SearchDocument_text_chars_idx" ON "SearchDocument" USING gin (string_to_array(lower("title" || E'\n' || "body"), NULL));
