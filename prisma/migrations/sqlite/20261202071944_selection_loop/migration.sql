-- AlterTable
ALTER TABLE "NoticeEntry" ADD COLUMN "result" TEXT;
ALTER TABLE "NoticeEntry" ADD COLUMN "resultAt" DATETIME;
ALTER TABLE "NoticeEntry" ADD COLUMN "resultById" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "lastLoginAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Appointment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "personName" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "docNumber" TEXT,
    "decidedOn" DATETIME NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "vacancyId" TEXT,
    "noticeId" TEXT,
    "noticeEntryId" TEXT,
    "probation" BOOLEAN NOT NULL DEFAULT false,
    "probationEndsOn" DATETIME,
    "probationResult" TEXT,
    "probationNote" TEXT,
    "probationAssessedAt" DATETIME,
    "probationAssessedById" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Appointment_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_noticeEntryId_fkey" FOREIGN KEY ("noticeEntryId") REFERENCES "NoticeEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Appointment" ("body", "createdAt", "createdById", "decidedOn", "docNumber", "id", "kind", "noticeId", "personName", "post", "publishedAt", "status", "unit", "updatedAt", "vacancyId") SELECT "body", "createdAt", "createdById", "decidedOn", "docNumber", "id", "kind", "noticeId", "personName", "post", "publishedAt", "status", "unit", "updatedAt", "vacancyId" FROM "Appointment";
DROP TABLE "Appointment";
ALTER TABLE "new_Appointment" RENAME TO "Appointment";
CREATE INDEX "Appointment_status_decidedOn_idx" ON "Appointment"("status", "decidedOn");
CREATE INDEX "Appointment_probation_probationEndsOn_idx" ON "Appointment"("probation", "probationEndsOn");
CREATE INDEX "Appointment_noticeEntryId_idx" ON "Appointment"("noticeEntryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
