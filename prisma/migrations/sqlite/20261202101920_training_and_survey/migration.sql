-- AlterTable
ALTER TABLE "User" ADD COLUMN "cadreLevel" TEXT;

-- CreateTable
CREATE TABLE "TrainingClass" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "organizer" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "eligibleLevels" TEXT NOT NULL DEFAULT '[]',
    "eligibleUnits" TEXT NOT NULL DEFAULT '[]',
    "signupOpensAt" DATETIME NOT NULL,
    "signupClosesAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "hoursTenths" INTEGER NOT NULL,
    "checkinSecret" TEXT NOT NULL,
    CONSTRAINT "TrainingSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingEnrolment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "waitlistedAt" DATETIME,
    "note" TEXT,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TrainingEnrolment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "markedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingAttendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "TrainingEnrolment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrainingMaterial" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "size" INTEGER,
    "data" BLOB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainingMaterial_classId_fkey" FOREIGN KEY ("classId") REFERENCES "TrainingClass" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "year" INTEGER NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "forAccounts" BOOLEAN NOT NULL DEFAULT true,
    "forCodes" BOOLEAN NOT NULL DEFAULT false,
    "eligibleLevels" TEXT NOT NULL DEFAULT '[]',
    "eligibleUnits" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "resultsPublishedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "surveyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "topic" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "unit" TEXT,
    "level" TEXT,
    "used" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "SurveyParticipation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "surveyId" TEXT NOT NULL,
    "unit" TEXT,
    "level" TEXT,
    "answers" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "TrainingClass_status_signupClosesAt_idx" ON "TrainingClass"("status", "signupClosesAt");

-- CreateIndex
CREATE INDEX "TrainingSession_classId_startsAt_idx" ON "TrainingSession"("classId", "startsAt");

-- CreateIndex
CREATE INDEX "TrainingSession_startsAt_idx" ON "TrainingSession"("startsAt");

-- CreateIndex
CREATE INDEX "TrainingEnrolment_classId_status_waitlistedAt_idx" ON "TrainingEnrolment"("classId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "TrainingEnrolment_userId_idx" ON "TrainingEnrolment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEnrolment_classId_userId_key" ON "TrainingEnrolment"("classId", "userId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_enrolmentId_idx" ON "TrainingAttendance"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAttendance_sessionId_enrolmentId_key" ON "TrainingAttendance"("sessionId", "enrolmentId");

-- CreateIndex
CREATE INDEX "TrainingMaterial_classId_idx" ON "TrainingMaterial"("classId");

-- CreateIndex
CREATE INDEX "Survey_status_closesAt_idx" ON "Survey"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Survey_year_idx" ON "Survey"("year");

-- CreateIndex
CREATE INDEX "SurveyQuestion_surveyId_position_idx" ON "SurveyQuestion"("surveyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyCode_codeHash_key" ON "SurveyCode"("codeHash");

-- CreateIndex
CREATE INDEX "SurveyCode_surveyId_idx" ON "SurveyCode"("surveyId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyParticipation_surveyId_userId_key" ON "SurveyParticipation"("surveyId", "userId");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_idx" ON "SurveyResponse"("surveyId");
