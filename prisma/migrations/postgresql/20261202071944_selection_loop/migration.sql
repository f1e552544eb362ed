-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "noticeEntryId" TEXT,
ADD COLUMN     "probation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "probationAssessedAt" TIMESTAMP(3),
ADD COLUMN     "probationAssessedById" TEXT,
ADD COLUMN     "probationEndsOn" TIMESTAMP(3),
ADD COLUMN     "probationNote" TEXT,
ADD COLUMN     "probationResult" TEXT;

-- AlterTable
ALTER TABLE "NoticeEntry" ADD COLUMN     "result" TEXT,
ADD COLUMN     "resultAt" TIMESTAMP(3),
ADD COLUMN     "resultById" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastLoginAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Appointment_probation_probationEndsOn_idx" ON "Appointment"("probation", "probationEndsOn");

-- CreateIndex
CREATE INDEX "Appointment_noticeEntryId_idx" ON "Appointment"("noticeEntryId");

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_noticeEntryId_fkey" FOREIGN KEY ("noticeEntryId") REFERENCES "NoticeEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
