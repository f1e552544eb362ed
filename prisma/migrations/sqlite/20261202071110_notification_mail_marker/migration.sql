-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "mailTo" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "MailMessage_notificationId_key" ON "MailMessage"("notificationId");

-- CreateIndex
CREATE INDEX "Notification_mailTo_idx" ON "Notification"("mailTo");
