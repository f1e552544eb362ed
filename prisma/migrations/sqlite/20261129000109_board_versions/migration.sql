-- CreateTable
CREATE TABLE "BoardVersion" (
    "board" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- One row per board from the start, so that a change only ever updates its row.
INSERT INTO "BoardVersion" ("board", "version", "updatedAt") VALUES
    ('policies', 0, CURRENT_TIMESTAMP),
    ('vacancies', 0, CURRENT_TIMESTAMP),
    ('notices', 0, CURRENT_TIMESTAMP),
    ('appointments', 0, CURRENT_TIMESTAMP);
