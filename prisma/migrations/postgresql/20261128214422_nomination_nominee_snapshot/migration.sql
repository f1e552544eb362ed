-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "nominee" TEXT NOT NULL DEFAULT '{}';
