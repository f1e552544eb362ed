-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "category" TEXT,
    "title" TEXT NOT NULL,
    "writerId" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "queryCodeHash" TEXT,
    "noticeId" TEXT,
    "noticeEntryId" TEXT,
    "subjectName" TEXT,
    "subjectUnit" TEXT,
    "subjectPost" TEXT,
    "eventTime" TEXT,
    "eventPlace" TEXT,
    "handlerId" TEXT,
    "acceptDueOn" DATETIME NOT NULL,
    "answerDueOn" DATETIME,
    "acceptedAt" DATETIME,
    "answeredAt" DATETIME,
    "closedAt" DATETIME,
    "followedUpAt" DATETIME,
    "verdict" TEXT,
    "conclusion" TEXT,
    "outcomeText" TEXT,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_writerId_fkey" FOREIGN KEY ("writerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_noticeEntryId_fkey" FOREIGN KEY ("noticeEntryId") REFERENCES "NoticeEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Case_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "messageId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BLOB,
    "storageKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseAttachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CaseAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "CaseMessage" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_number_key" ON "Case"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Case_queryCodeHash_key" ON "Case"("queryCodeHash");

-- CreateIndex
CREATE INDEX "Case_kind_status_createdAt_idx" ON "Case"("kind", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Case_handlerId_status_idx" ON "Case"("handlerId", "status");

-- CreateIndex
CREATE INDEX "Case_writerId_createdAt_idx" ON "Case"("writerId", "createdAt");

-- CreateIndex
CREATE INDEX "Case_noticeEntryId_status_idx" ON "Case"("noticeEntryId", "status");

-- CreateIndex
CREATE INDEX "Case_contentHash_createdAt_idx" ON "Case"("contentHash", "createdAt");

-- CreateIndex
CREATE INDEX "CaseMessage_caseId_createdAt_idx" ON "CaseMessage"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseAttachment_caseId_idx" ON "CaseAttachment"("caseId");
