// Message catalogs: one JSON file per feature namespace and language. Add a namespace by
// importing it in both languages below (tests/unit/catalogs.test.ts checks they match).
import zhCommon from "./zh-CN/common.json";
import zhErrorPage from "./zh-CN/error-page.json";
import zhErrors from "./zh-CN/errors.json";
import zhAccount from "./zh-CN/account.json";
import zhAdmin from "./zh-CN/admin.json";
import zhNominations from "./zh-CN/nominations.json";
import zhBoards from "./zh-CN/boards.json";
import zhNotifications from "./zh-CN/notifications.json";
import zhDigest from "./zh-CN/digest.json";
import zhInbox from "./zh-CN/inbox.json";
import zhMail from "./zh-CN/mail.json";
import zhCases from "./zh-CN/cases.json";
import zhCasesTalk from "./zh-CN/cases-talk.json";
import zhCasesChannels from "./zh-CN/cases-channels.json";
import zhCasesAdmin from "./zh-CN/cases-admin.json";
import zhLoop from "./zh-CN/loop.json";
import zhConsoleHome from "./zh-CN/console-home.json";
import zhAuditStaff from "./zh-CN/audit-staff.json";
import zhTwoFactor from "./zh-CN/two-factor.json";
import zhAccountRights from "./zh-CN/account-rights.json";
import zhAccountSecurity from "./zh-CN/account-security.json";
import zhSurvey from "./zh-CN/survey.json";
import zhTrainingAdmin from "./zh-CN/training-admin.json";
import zhTraining from "./zh-CN/training.json";
import zhEditor from "./zh-CN/editor.json";
import zhStatistics from "./zh-CN/statistics.json";
import zhCalendar from "./zh-CN/calendar.json";
import zhOfficial from "./zh-CN/official.json";
import enCommon from "./en/common.json";
import enErrorPage from "./en/error-page.json";
import enErrors from "./en/errors.json";
import enAccount from "./en/account.json";
import enAdmin from "./en/admin.json";
import enNominations from "./en/nominations.json";
import enBoards from "./en/boards.json";
import enNotifications from "./en/notifications.json";
import enDigest from "./en/digest.json";
import enInbox from "./en/inbox.json";
import enMail from "./en/mail.json";
import enCases from "./en/cases.json";
import enCasesTalk from "./en/cases-talk.json";
import enCasesChannels from "./en/cases-channels.json";
import enCasesAdmin from "./en/cases-admin.json";
import enLoop from "./en/loop.json";
import enConsoleHome from "./en/console-home.json";
import enAuditStaff from "./en/audit-staff.json";
import enTwoFactor from "./en/two-factor.json";
import enAccountRights from "./en/account-rights.json";
import enAccountSecurity from "./en/account-security.json";
import enSurvey from "./en/survey.json";
import enTrainingAdmin from "./en/training-admin.json";
import enTraining from "./en/training.json";
import enEditor from "./en/editor.json";
import enStatistics from "./en/statistics.json";
import enCalendar from "./en/calendar.json";
import enOfficial from "./en/official.json";

export const catalogs = {
  "zh-CN": {
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
  },
  en: {
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
  },
};
