-- CreateIndex
CREATE INDEX "Notice_vacancyId_idx" ON "Notice"("vacancyId");
