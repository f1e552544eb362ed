-- AlterTable (edited: messages written before this migration stay readable as kind "legacy")
ALTER TABLE "Notification" ADD COLUMN "kind" TEXT,
ADD COLUMN     "params" TEXT NOT NULL DEFAULT '{}';
UPDATE "Notification" SET "kind" = 'legacy', "params" = json_build_object('title', "title", 'body', "body")::text;
ALTER TABLE "Notification" ALTER COLUMN "kind" SET NOT NULL,
DROP COLUMN "body",
DROP COLUMN "title";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestHour" INTEGER,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh-CN';

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "notificationId" TEXT,
    "kind" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "email" BOOLEAN NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","group")
);

-- CreateTable
CREATE TABLE "JobMark" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobMark_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "MailMessage_status_nextAttemptAt_idx" ON "MailMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailMessage_userId_idx" ON "MailMessage"("userId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
