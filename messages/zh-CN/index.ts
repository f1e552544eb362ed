// The Simplified Chinese catalog: one JSON file per feature namespace. A namespace added here is added to the
// other language's index.ts too (tests/unit/catalogs.test.ts checks the two match). Apart from
// the other language so that a page's client code downloads only its own language's words.
import zhCommon from "./common.json";
import zhErrorPage from "./error-page.json";
import zhErrors from "./errors.json";
import zhAccount from "./account.json";
import zhAdmin from "./admin.json";
import zhNominations from "./nominations.json";
import zhBoards from "./boards.json";
import zhNotifications from "./notifications.json";
import zhDigest from "./digest.json";
import zhInbox from "./inbox.json";
import zhMail from "./mail.json";
import zhCases from "./cases.json";
import zhCasesTalk from "./cases-talk.json";
import zhCasesChannels from "./cases-channels.json";
import zhCasesAdmin from "./cases-admin.json";
import zhLoop from "./loop.json";
import zhConsoleHome from "./console-home.json";
import zhAuditStaff from "./audit-staff.json";
import zhTwoFactor from "./two-factor.json";
import zhAccountRights from "./account-rights.json";
import zhAccountSecurity from "./account-security.json";
import zhSurvey from "./survey.json";
import zhTrainingAdmin from "./training-admin.json";
import zhTraining from "./training.json";
import zhEditor from "./editor.json";
import zhStatistics from "./statistics.json";
import zhCalendar from "./calendar.json";
import zhOfficial from "./official.json";

const catalog = {
  ...zhCommon,
  ...zhErrorPage,
  ...zhErrors,
  ...zhAccount,
  ...zhAdmin,
  ...zhNominations,
  ...zhBoards,
  ...zhNotifications,
  ...zhDigest,
  ...zhInbox,
  ...zhMail,
  ...zhCases,
  ...zhCasesTalk,
  ...zhCasesChannels,
  ...zhCasesAdmin,
  ...zhLoop,
  ...zhConsoleHome,
  ...zhAuditStaff,
  ...zhTwoFactor,
  ...zhAccountRights,
  ...zhAccountSecurity,
  ...zhSurvey,
  ...zhTrainingAdmin,
  ...zhTraining,
  ...zhEditor,
  ...zhStatistics,
  ...zhCalendar,
  ...zhOfficial,
};
export default catalog;
