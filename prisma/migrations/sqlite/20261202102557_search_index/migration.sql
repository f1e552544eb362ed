-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "sortAt" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "grams" TEXT NOT NULL DEFAULT ''
);

-- CreateIndex
CREATE INDEX "SearchDocument_sortAt_idx" ON "SearchDocument"("sortAt");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_kind_refId_key" ON "SearchDocument"("kind", "refId");

-- ---- Hand-written (not expressible in schema.prisma; `npm run db:check` ignores these objects,
-- see scripts/db/search-index-filter.ts) ----------------------------------------------------

-- Backfill: every public board item, composed exactly as lib/data/search-index.ts does
-- (fields joined by newlines, NULLs skipped). `grams` stays '' here: SQL cannot split text into
-- characters cheaply, so scripts/prepare.ts fills it at start (fillSearchGrams) for such rows.
INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'policies', "id", "issuedOn", "title", "issuer", concat_ws(char(10), "docNumber", "issuer", "body")
FROM "Policy" WHERE "status" = 'PUBLISHED';

INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'vacancies', "id", "publishedAt", "post", "unit", concat_ws(char(10), "unit", "duties", "qualifications")
FROM "Vacancy" WHERE "status" <> 'DRAFT' AND "publishedAt" IS NOT NULL;

INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'notices', n."id", n."publishedAt", n."title", n."kind",
       concat_ws(char(10), (SELECT group_concat(e."name", char(10) ORDER BY e."position", e."id") FROM "NoticeEntry" e WHERE e."noticeId" = n."id"), n."body")
FROM "Notice" n WHERE n."status" = 'PUBLISHED' AND n."publishedAt" IS NOT NULL;

INSERT INTO "SearchDocument" ("kind", "refId", "sortAt", "title", "detail", "body")
SELECT 'appointments', "id", "decidedOn", "personName", "kind" || '|' || "post", concat_ws(char(10), "docNumber", "post", "unit", "body")
FROM "Appointment" WHERE "status" = 'PUBLISHED';

-- Trigram index (words of 3 characters or more: substring matching without a word segmenter).
CREATE VIRTUAL TABLE "SearchFts" USING fts5("title", "body", content='SearchDocument', content_rowid='id', tokenize='trigram');
-- Character index (words of 1–2 characters; the tokens are lib/search/grams.ts's).
CREATE VIRTUAL TABLE "SearchChars" USING fts5("grams", content='SearchDocument', content_rowid='id', tokenize='unicode61', detail='full');

-- Both follow SearchDocument in the writer's own transaction.
CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument" BEGIN
  INSERT INTO "SearchFts" (rowid, "title", "body") VALUES (new."id", new."title", new."body");
  INSERT INTO "SearchChars" (rowid, "grams") VALUES (new."id", new."grams");
END;
CREATE TRIGGER "SearchDocument_fts_delete" AFTER DELETE ON "SearchDocument" BEGIN
  INSERT INTO "SearchFts" ("SearchFts", rowid, "title", "body") VALUES ('delete', old."id", old."title", old."body");
  INSERT INTO "SearchChars" ("SearchChars", rowid, "grams") VALUES ('delete', old."id", old."grams");
END;
CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE ON "SearchDocument" BEGIN
  INSERT INTO "SearchFts" ("SearchFts", rowid, "title", "body") VALUES ('delete', old."id", old."title", old."body");
  INSERT INTO "SearchChars" ("SearchChars", rowid, "grams") VALUES ('delete', old."id", old."grams");
  INSERT INTO "SearchFts" (rowid, "title", "body") VALUES (new."id", new."title", new."body");
  INSERT INTO "SearchChars" (rowid, "grams") VALUES (new."id", new."grams");
END;

INSERT INTO "SearchFts" ("SearchFts") VALUES ('rebuild');
INSERT INTO "SearchChars" ("SearchChars") VALUES ('rebuild');
