// THE table of server actions, read by the authorization matrix (tests/integration/
// action-matrix.test.ts) and the bad-input corpus (tests/integration/bad-input.test.ts). Both
// find the actions by themselves (support/server-actions.ts) and fail for an action that has
// no entry here, so a new action must be added here with:
// - level: who may call it (see LEVELS);
// - form: a plausible valid form for a caller, naming real rows (fresh ones where the action
//   changes its target, so each call has something to act on);
// - fields: what each form field holds, from which the corpus makes its bad inputs. A form may
//   post more fields than it lists: where several fields go through the same rule (the five
//   appraisal reasons, two Markdown bodies, a notice row's text cells), one stands for them,
//   which keeps the corpus within its time.
import type { Actor } from "@/lib/auth/actor";
import { REASONS } from "../nominations-fixtures";
import { World, dateTimeInput, dayInput, freshIdNumber, freshPhone, holidayYears } from "./action-world";
import { failedMail } from "./mail-fixtures";
import { solvedChallenge } from "./challenge";
import { messageOf, unsubscribeLinkOf } from "./inbox-world";
import { ACTIONS_TALK } from "./action-tables/talk";
import { ACTIONS_CHANNELS } from "./action-tables/channels";
import { ACTIONS_CASE_ADMIN } from "./action-tables/case-admin";
import { ACTIONS_LOOP } from "./action-tables/loop";
import { ACTIONS_STAFF } from "./action-tables/staff";
import { ACTIONS_CONSOLE } from "./action-tables/console";
import { ACTIONS_TWO_FACTOR } from "./action-tables/two-factor";
import { ACTIONS_SECURITY } from "./action-tables/security";
import { ACTIONS_RIGHTS } from "./action-tables/rights";
import { ACTIONS_TRAINING_ADMIN } from "./action-tables/training-admin";
import { ACTIONS_SURVEY } from "./action-tables/survey";
import { ACTIONS_TRAINING } from "./action-tables/training";

export type Level = "public" | "visitor" | "user" | "applicant" | "approved" | "staff" | "admin";

/** A signed-in caller refused for who they are: any errors.auth.* but unauthenticated. */
const AUTHZ = String.raw`auth\.(?!unauthenticated$)[\w.]+`;

/**
 * Who passes each level, and what the others must be told. A visitor is always told
 * errors.auth.unauthenticated (except for "visitor" and "public" actions).
 */
export const LEVELS: Record<Level, { who: string; allows: (a: Actor | null) => boolean; refusal: RegExp }> = {
  public: { who: "anyone", allows: () => true, refusal: /^$/ },
  visitor: {
    who: "visitors only (a signed-in user already has an account)",
    allows: (a) => a === null,
    refusal: new RegExp(`^errors\\.(${AUTHZ}|register\\.signedIn)$`),
  },
  user: {
    who: "any signed-in account but a suspended one (one's own inbox and settings)",
    allows: (a) => a !== null && a.status !== "SUSPENDED",
    refusal: new RegExp(`^errors\\.${AUTHZ}$`),
  },
  applicant: {
    who: "a signed-in account still under review (pending or rejected)",
    allows: (a) => a !== null && (a.status === "PENDING" || a.status === "REJECTED"),
    refusal: new RegExp(`^errors\\.(${AUTHZ}|account\\.notEditable)$`),
  },
  approved: {
    who: "an approved account of any role",
    allows: (a) => a?.status === "APPROVED",
    refusal: new RegExp(`^errors\\.${AUTHZ}$`),
  },
  staff: {
    who: "approved reviewers and administrators",
    allows: (a) => a?.status === "APPROVED" && (a.role === "REVIEWER" || a.role === "ADMIN"),
    refusal: new RegExp(`^errors\\.${AUTHZ}$`),
  },
  admin: {
    who: "approved administrators",
    allows: (a) => a?.status === "APPROVED" && a.role === "ADMIN",
    refusal: new RegExp(`^errors\\.${AUTHZ}$`),
  },
};

/** What a form field holds; the corpus picks its bad values by kind. */
export type FieldKind =
  | "text" // one line of free text (a title, a unit, a reason)
  | "body" // several lines of Markdown
  | "name" // a person's name typed by staff (no bidi overrides or zero-width characters)
  | "realName" // a real name in the strict 2–40 Han/Latin letters format
  | "signature" // must equal the caller's real name
  | "email"
  | "phone"
  | "idNumber"
  | "password"
  | "checkbox"
  | "challenge" // a solved proof-of-work challenge (ALTCHA payload)
  | "enum"
  | "id"
  | "ids" // the key repeated, one id each
  | "int"
  | "year"
  | "day" // YYYY-MM-DD
  | "dateTime" // YYYY-MM-DDTHH:mm, Beijing time
  | "yearMonth"; // YYYY-MM

export interface FieldSpec {
  kind: FieldKind;
  /** Left out or blank, is the form refused? (Optional fields are in the valid form too.) */
  required: boolean;
}

export type Fields = Record<string, string | string[]>;

export interface ActionSpec {
  level: Level;
  form: (w: World, caller: Actor | null) => Promise<Fields>;
  fields: Record<string, FieldSpec>;
}

const req = (kind: FieldKind): FieldSpec => ({ kind, required: true });
const opt = (kind: FieldKind): FieldSpec => ({ kind, required: false });

const PASSWORD = "Shengsi-2026-x";

const profile = () => ({
  realName: "周海燕",
  idNumber: freshIdNumber(),
  phone: freshPhone(),
  email: "zhouhy@example.cn",
  workUnit: "嵊泗县商务局",
  position: "科员",
  politicalStatus: "MASSES",
});
const profileFields = {
  realName: req("realName"),
  idNumber: req("idNumber"),
  phone: req("phone"),
  email: opt("email"),
  workUnit: req("text"),
  position: req("text"),
  politicalStatus: req("enum"),
};

const signatureOf = (caller: Actor | null) => caller?.realName ?? "访客甲";

/** A nomination of a colleague for a post, as the form posts it. */
const nominationForm = async (w: World, caller: Actor | null): Promise<Fields> => ({
  kind: "TARGETED",
  vacancyId: await w.openVacancy(),
  name: "贺恩盛",
  gender: "M",
  birthDate: "1983-11-08",
  relationship: "COLLEAGUE",
  workUnit: "舟山市普陀区农林水利局",
  currentPost: "团工委书记",
  currentLevel: "SECTION",
  yearsAtLevel: "4",
  education: "BACHELOR",
  phone: "13905800123",
  ...REASONS,
  signature: signatureOf(caller),
});

const policyForm = (): Fields => ({
  title: "舟山市干部网上推荐工作实施办法",
  category: "LOCAL_RULES",
  issuer: "中共舟山市委组织部",
  docNumber: "舟组通〔2026〕8号",
  issuedOn: dayInput(-10),
  body: "## 总则\n\n实名推荐，谁推荐谁负责。",
});

const vacancyForm = (): Fields => ({
  post: "舟山市生态环境局副局长",
  unit: "舟山市生态环境局",
  level: "DEPUTY_DIVISION",
  headcount: "2",
  duties: "协助局长分管海洋生态环境保护。",
  qualifications: "大学本科以上学历。",
  maxAge: "45",
  minEducation: "BACHELOR",
  requiredLevel: "SECTION",
  minYearsAtLevel: "3",
  opensAt: dateTimeInput(1),
  closesAt: dateTimeInput(30),
  maxPerNominator: "1",
});

const noticeForm = async (w: World): Promise<Fields> => ({
  kind: "PRE_APPOINTMENT",
  title: "港航局副局长拟任人选任职前公示",
  body: "经研究，拟任用下列同志，现予以公示。",
  vacancyId: await w.publishedVacancy(),
  startsOn: dayInput(7),
  workingDays: "5",
  contact: "电话：0580-12380",
  "entry.0.name": "周海波",
  "entry.0.gender": "M",
  "entry.0.birthYearMonth": "1984-07",
  "entry.0.education": "大学，工学学士",
  "entry.0.currentPost": "港口规划处处长",
  "entry.0.proposedPost": "副局长",
});

const appointmentForm = async (w: World): Promise<Fields> => ({
  kind: "APPOINT",
  personName: "林晓东",
  post: "舟山市海洋经济发展局海洋产业处处长",
  unit: "舟山市海洋经济发展局",
  docNumber: "舟委干〔2026〕41号",
  decidedOn: dayInput(-3),
  body: "任职时间从文件印发之日起计算。",
  vacancyId: await w.publishedVacancy(),
});

const A = "app/[locale]";

export const ACTIONS: Record<string, ActionSpec> = {
  // ------------------------------------------------------------------ public and account
  "app/locale-actions.ts#setLocale": {
    level: "public",
    form: async () => ({}),
    fields: {},
  },
  [`${A}/(public)/register/actions.ts#registerAction`]: {
    level: "visitor",
    form: async () => ({ ...profile(), password: PASSWORD, confirmPassword: PASSWORD, consent: "on", altcha: await solvedChallenge() }),
    fields: {
      ...profileFields,
      password: req("password"),
      confirmPassword: req("password"),
      consent: req("checkbox"),
      altcha: req("challenge"),
    },
  },
  [`${A}/(account)/account/actions.ts#resubmitProfileAction`]: {
    level: "applicant",
    form: async () => profile(),
    fields: profileFields,
  },
  [`${A}/(account)/nominate/actions.ts#submitNominationAction`]: {
    level: "approved",
    form: nominationForm,
    fields: {
      kind: req("enum"),
      vacancyId: req("id"),
      name: req("realName"),
      gender: req("enum"),
      birthDate: req("day"),
      relationship: req("enum"),
      workUnit: req("text"),
      currentPost: req("text"),
      currentLevel: req("enum"),
      yearsAtLevel: req("int"),
      education: req("enum"),
      phone: opt("phone"),
      reasonDe: req("text"),
      reasonLian: req("text"),
      signature: req("signature"),
    },
  },
  [`${A}/(account)/account/nominations/actions.ts#withdrawNominationAction`]: {
    level: "approved",
    // The caller's own nomination where they have one (the suspended callers do).
    form: async (w, caller) => ({
      id:
        (caller && w.ownNomination.get(caller.id)) ??
        (caller?.status === "APPROVED" ? await w.nominationBy(caller) : await w.nominationBy(null)),
    }),
    fields: { id: req("id") },
  },
  // ------------------------------------------------------------------ inbox (消息) and its settings
  [`${A}/(account)/account/messages/actions.ts#openMessageAction`]: {
    level: "user",
    // The caller's own message (a visitor's form names the administrator's).
    form: async (w, caller) => ({ id: await messageOf(caller ?? w.owner) }),
    fields: { id: req("id") },
  },
  [`${A}/(account)/account/messages/actions.ts#markReadAction`]: {
    level: "user",
    form: async (w, caller) => ({ id: await messageOf(caller ?? w.owner) }),
    fields: { id: req("id") },
  },
  [`${A}/(account)/account/messages/actions.ts#markAllReadAction`]: {
    level: "user",
    form: async (w, caller) => ({ upTo: await messageOf(caller ?? w.owner) }),
    fields: { upTo: req("id") },
  },
  [`${A}/(account)/account/notifications/actions.ts#savePreferencesAction`]: {
    level: "user",
    form: async () => ({
      mailAccount: "on",
      mailNomination: "on",
      mailVacancy: "on",
      mailCase: "on",
      mailTraining: "on",
      mailDigest: "on",
      locale: "zh-CN",
      digestHour: "8",
    }),
    fields: {
      mailAccount: opt("checkbox"),
      mailNomination: opt("checkbox"),
      mailVacancy: opt("checkbox"),
      mailCase: opt("checkbox"),
      mailTraining: opt("checkbox"),
      mailDigest: opt("checkbox"),
      locale: req("enum"),
      digestHour: opt("int"),
    },
  },
  [`${A}/(public)/unsubscribe/[token]/actions.ts#unsubscribeAction`]: {
    level: "public",
    // A mail's link: it needs no session, whoever holds it.
    form: async (w, caller) => ({ token: unsubscribeLinkOf(caller ?? w.owner) }),
    fields: { token: req("id") },
  },
  // ------------------------------------------------------------------ accounts (console)
  [`${A}/(admin)/admin/account-actions.ts#approveAction`]: {
    level: "staff",
    form: async (w) => ({ id: (await w.account("PENDING")).id }),
    fields: { id: req("id") },
  },
  [`${A}/(admin)/admin/account-actions.ts#rejectAction`]: {
    level: "staff",
    form: async (w) => ({ id: (await w.account("PENDING")).id, reason: "身份证号码与姓名不符。" }),
    fields: { id: req("id"), reason: req("text") },
  },
  [`${A}/(admin)/admin/account-actions.ts#suspendAction`]: {
    level: "staff",
    form: async (w) => ({ id: (await w.account("APPROVED")).id, reason: "冒用他人身份。" }),
    fields: { id: req("id"), reason: req("text") },
  },
  [`${A}/(admin)/admin/account-actions.ts#restoreAction`]: {
    level: "staff",
    form: async (w) => ({ id: (await w.account("SUSPENDED")).id }),
    fields: { id: req("id") },
  },
  [`${A}/(admin)/admin/account-actions.ts#bulkApproveAction`]: {
    level: "staff",
    form: async (w) => ({ ids: [(await w.account("PENDING")).id, (await w.account("PENDING")).id] }),
    fields: { ids: req("ids") },
  },
  [`${A}/(admin)/admin/account-actions.ts#revealIdAction`]: {
    level: "staff",
    form: async (w) => ({ id: (await w.account("APPROVED")).id }),
    fields: { id: req("id") },
  },
  [`${A}/(admin)/admin/account-actions.ts#createStaffAction`]: {
    level: "admin",
    form: async () => ({
      realName: "钱进",
      idNumber: freshIdNumber(),
      phone: freshPhone(),
      workUnit: "市委组织部",
      position: "干事",
      role: "REVIEWER",
      password: "Zuzhi-2026-xyz",
      confirmPassword: "Zuzhi-2026-xyz",
    }),
    fields: {
      realName: req("realName"),
      idNumber: req("idNumber"),
      phone: req("phone"),
      workUnit: req("text"),
      position: req("text"),
      role: req("enum"),
      password: req("password"),
      confirmPassword: req("password"),
    },
  },
  [`${A}/(admin)/admin/account-actions.ts#changeRoleAction`]: {
    level: "admin",
    form: async (w) => ({ id: (await w.account("APPROVED")).id, role: "REVIEWER" }),
    fields: { id: req("id"), role: req("enum") },
  },
  // ------------------------------------------------------------------ nominations (console)
  [`${A}/(admin)/admin/nominations/actions.ts#decideAction`]: {
    level: "staff",
    form: async (w) => ({ ids: [await w.nominationBy(null)], decision: "REJECTED", reason: "所填材料与事实不符。" }),
    fields: { ids: req("ids"), decision: req("enum"), reason: req("text") },
  },
  [`${A}/(admin)/admin/nominations/actions.ts#shortlistAction`]: {
    level: "staff",
    form: async (w) => {
      const n = await w.nominationRow(await w.nominationBy(null));
      return { vacancyId: n.vacancyId!, candidateId: n.candidateId, on: "1" };
    },
    fields: { vacancyId: req("id"), candidateId: req("id"), on: req("enum") },
  },
  [`${A}/(admin)/admin/nominations/actions.ts#mergeAction`]: {
    level: "staff",
    form: async (w) => {
      const [keepId, dropId] = await w.candidatePair();
      return { keepId, dropId };
    },
    fields: { keepId: req("id"), dropId: req("id") },
  },
  // ------------------------------------------------------------------ boards (console)
  [`${A}/(admin)/admin/policies/actions.ts#savePolicyAction`]: {
    level: "staff",
    form: async () => policyForm(),
    fields: {
      id: opt("id"),
      title: req("text"),
      category: req("enum"),
      issuer: req("text"),
      docNumber: opt("text"),
      issuedOn: req("day"),
      body: req("body"),
    },
  },
  [`${A}/(admin)/admin/policies/actions.ts#policyStatusAction`]: {
    level: "staff",
    form: async (w) => ({ id: await w.draftPolicy(), to: "PUBLISHED" }),
    fields: { id: req("id"), to: req("enum") },
  },
  [`${A}/(admin)/admin/vacancies/actions.ts#saveVacancyAction`]: {
    level: "staff",
    form: async () => vacancyForm(),
    fields: {
      id: opt("id"),
      post: req("text"),
      unit: req("text"),
      level: req("enum"),
      headcount: req("int"),
      duties: req("body"),
      maxAge: opt("int"),
      requiredLevel: opt("enum"),
      minYearsAtLevel: opt("int"),
      opensAt: req("dateTime"),
      closesAt: req("dateTime"),
    },
  },
  [`${A}/(admin)/admin/vacancies/actions.ts#vacancyStatusAction`]: {
    level: "staff",
    form: async (w) => ({ id: await w.draftVacancy(), to: "PUBLISHED" }),
    fields: { id: req("id"), to: req("enum") },
  },
  [`${A}/(admin)/admin/vacancies/actions.ts#cancelVacancyAction`]: {
    level: "staff",
    form: async (w) => ({ id: await w.publishedVacancy(), reason: "机构改革，岗位撤销。" }),
    fields: { id: req("id"), reason: req("text") },
  },
  [`${A}/(admin)/admin/notices/actions.ts#saveNoticeAction`]: {
    level: "staff",
    form: noticeForm,
    fields: {
      id: opt("id"),
      kind: req("enum"),
      title: req("text"),
      body: req("body"),
      vacancyId: opt("id"),
      startsOn: req("day"),
      workingDays: req("int"),
      contact: req("text"),
      "entry.0.name": req("name"),
      "entry.0.birthYearMonth": req("yearMonth"),
      "entry.0.proposedPost": req("text"),
    },
  },
  [`${A}/(admin)/admin/notices/actions.ts#noticeStatusAction`]: {
    level: "staff",
    form: async (w) => ({ id: await w.draftNotice(), to: "PUBLISHED" }),
    fields: { id: req("id"), to: req("enum") },
  },
  [`${A}/(admin)/admin/appointments/actions.ts#saveAppointmentAction`]: {
    level: "staff",
    form: appointmentForm,
    fields: {
      id: opt("id"),
      kind: req("enum"),
      personName: req("name"),
      post: req("text"),
      unit: req("text"),
      docNumber: opt("text"),
      decidedOn: req("day"),
      body: opt("body"),
      vacancyId: opt("id"),
    },
  },
  [`${A}/(admin)/admin/appointments/actions.ts#appointmentStatusAction`]: {
    level: "staff",
    form: async (w) => ({ id: await w.draftAppointment(), to: "PUBLISHED" }),
    fields: { id: req("id"), to: req("enum") },
  },
  [`${A}/(admin)/admin/calendar/actions.ts#saveHolidayYearAction`]: {
    level: "staff",
    form: async () => {
      const year = holidayYears().save;
      // The holiday table's rows as the form posts them: 元旦 one day, 国庆节 a run of days.
      return {
        year: String(year),
        "day.0.from": `${year}-01-01`,
        "day.0.to": "",
        "day.0.kind": "HOLIDAY",
        "day.0.name": "元旦",
        "day.1.from": `${year}-10-01`,
        "day.1.to": `${year}-10-03`,
        "day.1.kind": "HOLIDAY",
        "day.1.name": "国庆节",
      };
    },
    fields: {
      year: req("year"),
      "day.0.from": req("day"),
      "day.0.kind": req("enum"),
      "day.0.name": req("text"),
      "day.1.to": opt("day"),
    },
  },
  [`${A}/(admin)/admin/calendar/actions.ts#deleteHolidayYearAction`]: {
    level: "staff",
    form: async (w) => ({ id: String(await w.savedHolidayYear()) }),
    fields: { id: req("year") },
  },
  // ------------------------------------------------------------------ mail delivery (console)
  [`${A}/(admin)/admin/mail/actions.ts#retryMailAction`]: {
    level: "admin",
    form: async () => ({ id: await failedMail() }),
    fields: { id: req("id") },
  },
  [`${A}/(admin)/admin/mail/actions.ts#retryAllMailAction`]: {
    level: "admin",
    form: async () => ({}),
    fields: {},
  },
  // ------------------------------------------------------------------ the case channels (one file each)
  ...ACTIONS_TALK,
  ...ACTIONS_CHANNELS,
  ...ACTIONS_CASE_ADMIN,
  ...ACTIONS_LOOP,
  ...ACTIONS_STAFF,
  ...ACTIONS_CONSOLE,
  ...ACTIONS_TWO_FACTOR,
  ...ACTIONS_SECURITY,
  ...ACTIONS_RIGHTS,
  ...ACTIONS_TRAINING_ADMIN,
  ...ACTIONS_SURVEY,
  ...ACTIONS_TRAINING,
};

/** The caller the corpus uses for an action: the least privileged one its level allows. */
export const CORPUS_CALLER: Record<Level, "visitor" | "pending" | "nominator" | "reviewer" | "admin"> = {
  public: "visitor",
  visitor: "visitor",
  user: "pending",
  applicant: "pending",
  approved: "nominator",
  staff: "reviewer",
  admin: "admin",
};
