-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "realName" TEXT NOT NULL,
    "idCipher" TEXT NOT NULL,
    "idHash" TEXT NOT NULL,
    "idMasked" TEXT NOT NULL,
    "birthDate" DATETIME NOT NULL,
    "gender" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "workUnit" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "politicalStatus" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'NOMINATOR',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "consentAt" DATETIME NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "docNumber" TEXT,
    "issuedOn" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "post" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "headcount" INTEGER NOT NULL,
    "duties" TEXT NOT NULL,
    "qualifications" TEXT NOT NULL,
    "maxAge" INTEGER,
    "minEducation" TEXT,
    "requiredLevel" TEXT,
    "minYearsAtLevel" INTEGER,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "maxPerNominator" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "cancelReason" TEXT,
    "publishedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "startsOn" DATETIME,
    "endsOn" DATETIME,
    "contact" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "vacancyId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Notice_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NoticeEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "noticeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "birthYearMonth" TEXT NOT NULL,
    "education" TEXT NOT NULL,
    "currentPost" TEXT NOT NULL,
    "proposedPost" TEXT NOT NULL,
    "candidateId" TEXT,
    CONSTRAINT "NoticeEntry_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoticeEntry_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appointment" (
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
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Appointment_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Appointment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HolidayArrangement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "date" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "birthDate" DATETIME NOT NULL,
    "workUnit" TEXT NOT NULL,
    "currentPost" TEXT NOT NULL,
    "currentLevel" TEXT NOT NULL,
    "yearsAtLevel" INTEGER NOT NULL,
    "education" TEXT NOT NULL,
    "phone" TEXT,
    "userId" TEXT,
    "mergedIntoId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CandidateAlias" (
    "matchKey" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    CONSTRAINT "CandidateAlias_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Nomination" (
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

-- CreateTable
CREATE TABLE "Shortlist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "vacancyId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Shortlist_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Shortlist_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_idHash_key" ON "User"("idHash");

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

-- CreateIndex
CREATE INDEX "User_status_createdAt_idx" ON "User"("status", "createdAt");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "LoginFailure_key_createdAt_idx" ON "LoginFailure"("key", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_prevHash_key" ON "AuditLog"("prevHash");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_hash_key" ON "AuditLog"("hash");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- CreateIndex
CREATE INDEX "Policy_status_issuedOn_idx" ON "Policy"("status", "issuedOn");

-- CreateIndex
CREATE INDEX "Policy_category_idx" ON "Policy"("category");

-- CreateIndex
CREATE INDEX "Vacancy_status_closesAt_idx" ON "Vacancy"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Vacancy_unit_idx" ON "Vacancy"("unit");

-- CreateIndex
CREATE INDEX "Notice_status_publishedAt_idx" ON "Notice"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Notice_kind_idx" ON "Notice"("kind");

-- CreateIndex
CREATE INDEX "NoticeEntry_noticeId_idx" ON "NoticeEntry"("noticeId");

-- CreateIndex
CREATE INDEX "Appointment_status_decidedOn_idx" ON "Appointment"("status", "decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "HolidayArrangement_date_key" ON "HolidayArrangement"("date");

-- CreateIndex
CREATE INDEX "HolidayArrangement_year_idx" ON "HolidayArrangement"("year");

-- CreateIndex
CREATE INDEX "Candidate_name_idx" ON "Candidate"("name");

-- CreateIndex
CREATE INDEX "CandidateAlias_candidateId_idx" ON "CandidateAlias"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_receiptNo_key" ON "Nomination"("receiptNo");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_uniqueKey_key" ON "Nomination"("uniqueKey");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_slotKey_key" ON "Nomination"("slotKey");

-- CreateIndex
CREATE INDEX "Nomination_vacancyId_status_idx" ON "Nomination"("vacancyId", "status");

-- CreateIndex
CREATE INDEX "Nomination_nominatorId_submittedAt_idx" ON "Nomination"("nominatorId", "submittedAt");

-- CreateIndex
CREATE INDEX "Nomination_candidateId_idx" ON "Nomination"("candidateId");

-- CreateIndex
CREATE INDEX "Nomination_kind_status_submittedAt_idx" ON "Nomination"("kind", "status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shortlist_vacancyId_candidateId_key" ON "Shortlist"("vacancyId", "candidateId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");
