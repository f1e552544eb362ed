// 公开数据's training hours are the credited 学时 (lib/training/credit.ts): attended sessions of an
// admitted sign-up. So a write that changes a sign-up's status changes the figure as much as an
// attendance mark does, and must expire the cached statistics like one (a withdrawal after
// attending takes hours away; admitting a person back gives them again).
import { boardsAfterAction } from "@/lib/statistics/writes";

test.each([
  "markTrainingAttendance",
  "checkInTraining",
  "decideTrainingEnrolment",
  "bulkApproveTrainingEnrolments",
  "cancelTrainingSignup",
])("%s expires the statistics", (action) => {
  expect(boardsAfterAction(action)).toContain("statistics");
});
