// The English catalog: one JSON file per feature namespace. A namespace added here is added to the
// other language's index.ts too (tests/unit/catalogs.test.ts checks the two match). Apart from
// the other language so that a page's client code downloads only its own language's words.
import enCommon from "./common.json";
import enErrorPage from "./error-page.json";
import enErrors from "./errors.json";
import enAccount from "./account.json";
import enAdmin from "./admin.json";
import enNominations from "./nominations.json";
import enBoards from "./boards.json";
import enNotifications from "./notifications.json";
import enDigest from "./digest.json";
import enInbox from "./inbox.json";
import enMail from "./mail.json";
import enCases from "./cases.json";
import enCasesTalk from "./cases-talk.json";
import enCasesChannels from "./cases-channels.json";
import enCasesAdmin from "./cases-admin.json";
import enLoop from "./loop.json";
import enConsoleHome from "./console-home.json";
import enAuditStaff from "./audit-staff.json";
import enTwoFactor from "./two-factor.json";
import enAccountRights from "./account-rights.json";
import enAccountSecurity from "./account-security.json";
import enSurvey from "./survey.json";
import enTrainingAdmin from "./training-admin.json";
import enTraining from "./training.json";
import enEditor from "./editor.json";
import enStatistics from "./statistics.json";
import enCalendar from "./calendar.json";
import enOfficial from "./official.json";

const catalog = {
  ...enCommon,
  ...enErrorPage,
  ...enErrors,
  ...enAccount,
  ...enAdmin,
  ...enNominations,
  ...enBoards,
  ...enNotifications,
  ...enDigest,
  ...enInbox,
  ...enMail,
  ...enCases,
  ...enCasesTalk,
  ...enCasesChannels,
  ...enCasesAdmin,
  ...enLoop,
  ...enConsoleHome,
  ...enAuditStaff,
  ...enTwoFactor,
  ...enAccountRights,
  ...enAccountSecurity,
  ...enSurvey,
  ...enTrainingAdmin,
  ...enTraining,
  ...enEditor,
  ...enStatistics,
  ...enCalendar,
  ...enOfficial,
};
export default catalog;
