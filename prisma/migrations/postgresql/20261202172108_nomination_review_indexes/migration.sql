-- DropIndex
DROP INDEX "Nomination_vacancyId_status_idx";

-- CreateIndex
CREATE INDEX "Nomination_vacancyId_status_expiresAt_submittedAt_idx" ON "Nomination"("vacancyId", "status", "expiresAt", "submittedAt");

-- CreateIndex
CREATE INDEX "Nomination_vacancyId_candidateId_status_nominatorId_isSelf__idx" ON "Nomination"("vacancyId", "candidateId", "status", "nominatorId", "isSelf", "flags");

-- CreateIndex
CREATE INDEX "Nomination_vacancyId_submittedAt_idx" ON "Nomination"("vacancyId", "submittedAt");
