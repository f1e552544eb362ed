-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Nomination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "receiptNo" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "vacancyId" TEXT,
    "nominatorId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "isSelf" BOOLEAN NOT NULL DEFAULT false,
    "relationship" TEXT NOT NULL,
    "reasonDe" TEXT NOT NULL,
    "reasonNeng" TEXT NOT NULL,
    "reasonQin" TEXT NOT NULL,
    "reasonJi" TEXT NOT NULL,
    "reasonLian" TEXT NOT NULL,
    "suitableField" TEXT,
    "nominee" TEXT NOT NULL DEFAULT '{}',
    "signedName" TEXT NOT NULL,
    "flags" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "reviewNote" TEXT,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "uniqueKey" TEXT,
    "slotKey" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Nomination_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Nomination_nominatorId_fkey" FOREIGN KEY ("nominatorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Nomination_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Nomination" ("candidateId", "expiresAt", "flags", "id", "isSelf", "kind", "nominatorId", "reasonDe", "reasonJi", "reasonLian", "reasonNeng", "reasonQin", "receiptNo", "relationship", "reviewNote", "reviewedAt", "reviewedById", "signedName", "slotKey", "status", "submittedAt", "suitableField", "uniqueKey", "updatedAt", "vacancyId") SELECT "candidateId", "expiresAt", "flags", "id", "isSelf", "kind", "nominatorId", "reasonDe", "reasonJi", "reasonLian", "reasonNeng", "reasonQin", "receiptNo", "relationship", "reviewNote", "reviewedAt", "reviewedById", "signedName", "slotKey", "status", "submittedAt", "suitableField", "uniqueKey", "updatedAt", "vacancyId" FROM "Nomination";
DROP TABLE "Nomination";
ALTER TABLE "new_Nomination" RENAME TO "Nomination";
CREATE UNIQUE INDEX "Nomination_receiptNo_key" ON "Nomination"("receiptNo");
CREATE UNIQUE INDEX "Nomination_uniqueKey_key" ON "Nomination"("uniqueKey");
CREATE UNIQUE INDEX "Nomination_slotKey_key" ON "Nomination"("slotKey");
CREATE INDEX "Nomination_vacancyId_status_idx" ON "Nomination"("vacancyId", "status");
CREATE INDEX "Nomination_nominatorId_submittedAt_idx" ON "Nomination"("nominatorId", "submittedAt");
CREATE INDEX "Nomination_candidateId_idx" ON "Nomination"("candidateId");
CREATE INDEX "Nomination_kind_status_submittedAt_idx" ON "Nomination"("kind", "status", "submittedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
