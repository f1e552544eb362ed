// Demo content of the four public boards, dated relative to now so that the demo always has
// open windows, closed ones, notices in their period and recent decisions. National regulations
// carry their main provisions (titles of real regulations; bodies are not their full texts); the
// local measures carry a full text, as staff would enter one.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addDays, parseDay, shanghaiToday, weekday } from "../../lib/calendar/dates";
import { CalendarNotCoveredError, createWorkCalendar } from "../../lib/calendar/working-days";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Beijing date `offset` days from today at hh:00 Beijing time. */
function at(now: Date, offset: number, hour: number): Date {
  const day = addDays(shanghaiToday(now), offset);
  return new Date(parseDay(day)!.getTime() + (hour - 8) * HOUR);
}

/** End of a period of n working days: the official calendar, or (past its last year) Mon–Fri, for demo data only. */
function periodEnd(start: string, n: number): string {
  try {
    return createWorkCalendar().addWorkingDays(start, n);
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) throw e;
    let d = start;
    for (let seen = 0; ; d = addDays(d, 1)) if (weekday(d) % 6 !== 0 && ++seen === n) return d;
  }
}

interface DemoVacancy {
  key: string;
  post: string;
  unit: string;
  level: string;
  headcount: number;
  duties: string;
  qualifications: string;
  maxAge?: number;
  minEducation?: string;
  requiredLevel?: string;
  minYearsAtLevel?: number;
  /** Window relative to today (days) and the resulting status. */
  opens: number;
  closes: number;
  status: "DRAFT" | "PUBLISHED" | "NOTICE" | "FILLED" | "CANCELLED";
  cancelReason?: string;
}

const VACANCIES: DemoVacancy[] = [
  {
    key: "hb",
    post: "舟山市生态环境局副局长",
    unit: "舟山市生态环境局",
    level: "DEPUTY_DIVISION",
    headcount: 1,
    duties:
      "协助局长分管海洋生态环境保护、入海排污口监管和环境执法工作。\n\n- 组织实施近岸海域污染防治\n- 牵头推进“蓝色海湾”整治行动\n- 联系定海分局、普陀分局",
    qualifications:
      "具有大学本科以上文化程度，环境科学、海洋科学或相关专业优先；具有 5 年以上工龄和 2 年以上基层工作经历；现任正科级领导职务满 3 年；身体健康，年龄在 45 周岁以下。",
    maxAge: 45,
    minEducation: "BACHELOR",
    requiredLevel: "SECTION",
    minYearsAtLevel: 3,
    opens: -5,
    closes: 9,
    status: "PUBLISHED",
  },
  {
    key: "jt",
    post: "舟山市交通运输局综合规划处处长",
    unit: "舟山市交通运输局",
    level: "SECTION",
    headcount: 1,
    duties: "负责全市综合交通运输规划编制，统筹港口、公路、水运和跨海桥梁项目前期工作，承担甬舟铁路舟山段建设协调的日常事务。",
    qualifications: "大学本科以上学历；熟悉交通运输规划或工程管理；现任副科级领导职务满 2 年；年龄 40 周岁以下。",
    maxAge: 40,
    minEducation: "BACHELOR",
    requiredLevel: "DEPUTY_SECTION",
    minYearsAtLevel: 2,
    opens: -3,
    closes: 4,
    status: "PUBLISHED",
  },
  {
    key: "lh",
    post: "普陀区六横镇副镇长",
    unit: "舟山市普陀区六横镇人民政府",
    level: "DEPUTY_SECTION",
    headcount: 2,
    duties: "协助镇长分管农业农村、海洋渔业和安全生产工作，联系六横岛东部片区的村（社区）。",
    qualifications: "大学专科以上学历，有农村或渔区基层工作经历者优先；任科员级满 3 年；35 周岁以下。",
    maxAge: 35,
    minEducation: "JUNIOR_COLLEGE",
    requiredLevel: "STAFF",
    minYearsAtLevel: 3,
    opens: -8,
    closes: 1,
    status: "PUBLISHED",
  },
  {
    key: "tw",
    post: "共青团舟山市普陀区委员会副书记",
    unit: "共青团舟山市普陀区委员会",
    level: "DEPUTY_SECTION",
    headcount: 1,
    duties: "协助书记做好全区共青团工作，分管基层组织建设、青年志愿服务和新兴领域团建。",
    qualifications: "大学本科以上学历，中共党员；有团的工作或青年工作经历；年龄 32 周岁以下。",
    maxAge: 32,
    minEducation: "BACHELOR",
    opens: -2,
    closes: 12,
    status: "PUBLISHED",
  },
  {
    key: "jy",
    post: "舟山市教育局基础教育处副处长",
    unit: "舟山市教育局",
    level: "DEPUTY_SECTION",
    headcount: 1,
    duties: "协助处长负责全市义务教育均衡发展、海岛学校布局调整和“县中崛起”相关工作。",
    qualifications: "大学本科以上学历，具有教师资格和 3 年以上教学管理经历；年龄 38 周岁以下。",
    maxAge: 38,
    minEducation: "BACHELOR",
    opens: 3,
    closes: 17,
    status: "PUBLISHED",
  },
  {
    key: "wj",
    post: "舟山市卫生健康委员会疾病预防控制处处长",
    unit: "舟山市卫生健康委员会",
    level: "SECTION",
    headcount: 1,
    duties: "负责全市传染病防控、免疫规划、海岛医疗卫生应急体系建设。",
    qualifications: "硕士研究生以上学历，公共卫生或临床医学专业；现任副科级领导职务满 2 年。",
    minEducation: "MASTER",
    requiredLevel: "DEPUTY_SECTION",
    minYearsAtLevel: 2,
    opens: -30,
    closes: -12,
    status: "PUBLISHED",
  },
  {
    key: "sw",
    post: "嵊泗县商务局局长",
    unit: "嵊泗县商务局",
    level: "SECTION",
    headcount: 1,
    duties: "主持局全面工作，负责全县商贸流通、对外贸易和海岛旅游消费促进。",
    qualifications: "大学本科以上学历；现任副科级领导职务满 3 年；年龄 45 周岁以下。",
    maxAge: 45,
    minEducation: "BACHELOR",
    requiredLevel: "DEPUTY_SECTION",
    minYearsAtLevel: 3,
    opens: -40,
    closes: -25,
    status: "PUBLISHED",
  },
  {
    key: "gh",
    post: "舟山市港航和口岸管理局副局长",
    unit: "舟山市港航和口岸管理局",
    level: "DEPUTY_DIVISION",
    headcount: 1,
    duties: "协助局长分管港口规划建设、航运服务和口岸开放工作。",
    qualifications: "大学本科以上学历；熟悉港航业务；现任正科级领导职务满 3 年；年龄 45 周岁以下。",
    maxAge: 45,
    minEducation: "BACHELOR",
    requiredLevel: "SECTION",
    minYearsAtLevel: 3,
    opens: -35,
    closes: -20,
    status: "NOTICE",
  },
  {
    key: "bq",
    post: "定海区白泉镇党委副书记",
    unit: "舟山市定海区白泉镇人民政府",
    level: "DEPUTY_SECTION",
    headcount: 1,
    duties: "协助党委书记抓好党建和乡村振兴工作，分管组织、宣传和统战。",
    qualifications: "大学本科以上学历，中共党员；任科员级满 3 年；年龄 35 周岁以下。",
    maxAge: 35,
    minEducation: "BACHELOR",
    requiredLevel: "STAFF",
    minYearsAtLevel: 3,
    opens: -28,
    closes: -16,
    status: "NOTICE",
  },
  {
    key: "hy",
    post: "舟山市海洋经济发展局海洋产业处处长",
    unit: "舟山市海洋经济发展局",
    level: "SECTION",
    headcount: 1,
    duties: "负责海洋产业发展规划、海洋新兴产业培育和海洋经济运行监测。",
    qualifications: "大学本科以上学历；现任副科级领导职务满 2 年。",
    minEducation: "BACHELOR",
    requiredLevel: "DEPUTY_SECTION",
    minYearsAtLevel: 2,
    opens: -80,
    closes: -62,
    status: "FILLED",
  },
  {
    key: "cz",
    post: "舟山市财政局预算处副处长",
    unit: "舟山市财政局",
    level: "DEPUTY_SECTION",
    headcount: 1,
    duties: "协助处长编制市级部门预算，开展预算绩效管理。",
    qualifications: "大学本科以上学历，财政、会计或经济类专业；任科员级满 3 年；年龄 35 周岁以下。",
    maxAge: 35,
    minEducation: "BACHELOR",
    requiredLevel: "STAFF",
    minYearsAtLevel: 3,
    opens: -95,
    closes: -78,
    status: "FILLED",
  },
  {
    key: "ds",
    post: "岱山县人民政府办公室副主任",
    unit: "岱山县人民政府办公室",
    level: "DEPUTY_SECTION",
    headcount: 1,
    duties: "协助主任负责文稿起草、督查和政务信息工作。",
    qualifications: "大学本科以上学历；任科员级满 3 年。",
    minEducation: "BACHELOR",
    requiredLevel: "STAFF",
    minYearsAtLevel: 3,
    opens: -20,
    closes: -6,
    status: "CANCELLED",
    cancelReason: "因机构职能调整，该岗位暂不补缺。",
  },
  {
    key: "draft1",
    post: "舟山市自然资源和规划局副局长",
    unit: "舟山市自然资源和规划局",
    level: "DEPUTY_DIVISION",
    headcount: 1,
    duties: "（草稿）协助局长分管国土空间规划和耕地保护。",
    qualifications: "大学本科以上学历；现任正科级领导职务满 3 年。",
    minEducation: "BACHELOR",
    requiredLevel: "SECTION",
    minYearsAtLevel: 3,
    opens: 6,
    closes: 20,
    status: "DRAFT",
  },
];

const POLICIES = [
  {
    title: "党政领导干部选拔任用工作条例",
    category: "PARTY_RULES",
    issuer: "中共中央",
    docNumber: null,
    issuedOn: "2019-03-03",
    body: "## 主要内容\n\n《条例》是做好党政领导干部选拔任用工作的基本遵循，规定了选拔任用的原则、条件和资格，以及分析研判和动议、民主推荐、考察、讨论决定、任职等程序。\n\n## 与本平台相关的规定\n\n- 选拔任用党政领导干部，必须经过民主推荐；个人向党组织推荐领导干部人选，必须负责地写出推荐材料并署名。\n- 实行党政领导干部任职前公示制度，公示期不少于 5 个工作日。\n- 公示结果不影响任职的，办理任职手续。",
  },
  {
    title: "中华人民共和国公务员法",
    category: "LAWS",
    issuer: "全国人民代表大会常务委员会",
    docNumber: null,
    issuedOn: "2018-12-29",
    body: "## 主要内容\n\n规定公务员的条件、义务与权利、职务职级、录用、考核、职务职级任免与升降、监督与惩戒等。\n\n- 公务员职务、职级实行委任制和聘任制。\n- 晋升领导职务的，应当按照有关规定实行任职前公示制度和任职试用期制度。",
  },
  {
    title: "公务员职务与职级并行规定",
    category: "PARTY_RULES",
    issuer: "中共中央办公厅",
    docNumber: null,
    issuedOn: "2019-03-18",
    body: "## 主要内容\n\n建立公务员职务与职级并行制度，明确领导职务层次和职级序列的设置、职级晋升条件和程序。",
  },
  {
    title: "推进领导干部能上能下规定",
    category: "PARTY_RULES",
    issuer: "中共中央办公厅",
    docNumber: null,
    issuedOn: "2022-09-19",
    body: "## 主要内容\n\n推进领导干部能上能下常态化，规定了不适宜担任现职的情形和调整方式。",
  },
  {
    title: "干部选拔任用工作监督检查和责任追究办法",
    category: "PARTY_RULES",
    issuer: "中共中央办公厅",
    docNumber: null,
    issuedOn: "2019-05-28",
    body: "## 主要内容\n\n规定对干部选拔任用工作的监督检查内容、方式，以及违规用人问题的责任追究。",
  },
  {
    title: "舟山市干部网上推荐工作实施办法（试行）",
    category: "LOCAL_RULES",
    issuer: "中共舟山市委组织部",
    docNumber: "舟组通〔2026〕8号",
    issuedOn: "2026-03-15",
    body: "## 第一章 总则\n\n**第一条** 为拓宽选人用人视野，规范干部网上推荐工作，结合本市实际，制定本办法。\n\n**第二条** 网上推荐分为空缺岗位定向推荐和不明确岗位非定向推荐。干部可以自荐。\n\n## 第二章 推荐人\n\n**第三条** 经实名注册并由组织部门审核通过的干部群众可以参加网上推荐。推荐人对推荐材料的真实性负责，谁推荐、谁负责。\n\n## 第三章 定向推荐\n\n**第四条** 组织部门在平台发布空缺岗位公告，公开职位、岗位职责和任职资格条件，明确推荐时间。\n\n**第五条** 每名推荐人对同一岗位推荐人数不超过该岗位职数。\n\n## 第四章 非定向推荐\n\n**第六条** 非定向推荐不限岗位、不限时间，推荐结果进入人才库，一年内有效。\n\n## 第五章 保密与监督\n\n**第七条** 推荐人信息和推荐情况严格保密，仅限组织部门工作人员查阅，查阅情况记入日志。",
  },
  {
    title: "舟山市党政领导干部任职前公示实施细则",
    category: "LOCAL_RULES",
    issuer: "中共舟山市委组织部",
    docNumber: "舟组通〔2025〕21号",
    issuedOn: "2025-06-20",
    body: "## 公示内容\n\n公示对象的姓名、性别、出生年月、学历学位、现任职务和拟任职务。\n\n## 公示期\n\n公示期不少于 5 个工作日，按国家法定节假日安排计算，法定节假日不计入，调休上班日计入。\n\n## 反映渠道\n\n公示期间，干部群众可以通过电话、来信、来访等方式反映情况。组织部门对反映人和反映内容严格保密。",
  },
  {
    title: "舟山市网上干部工作综合平台使用管理办法",
    category: "LOCAL_RULES",
    issuer: "中共舟山市委组织部",
    docNumber: "舟组通〔2026〕15号",
    issuedOn: "2026-06-01",
    body: "规定平台的栏目设置、注册审核、信息发布、数据保密和运行维护责任。\n\n平台设“政策法规”“空缺岗位公告”“干部推荐”“公告公示”“干部人事任免”“我向组织说心里话”六个栏目。",
  },
  {
    title: "关于做好 2026 年度干部网上推荐工作的通知",
    category: "POLICY_DOCS",
    issuer: "中共舟山市委组织部",
    docNumber: "舟组通〔2026〕3号",
    issuedOn: "2026-01-20",
    body: "各县（区）委组织部，市直各单位党委（党组）：\n\n为进一步扩大干部工作民主，现就做好 2026 年度干部网上推荐工作通知如下。\n\n1. 及时发布空缺岗位信息。\n2. 做好注册用户审核。\n3. 严格推荐信息保密。",
  },
  {
    title: "解读：为什么要实行“谁推荐、谁负责”",
    category: "INTERPRETATION",
    issuer: "中共舟山市委组织部干部监督科",
    docNumber: null,
    issuedOn: "2026-04-08",
    body: "实名推荐、签名负责，是防止随意推荐、不负责任推荐的重要制度安排。推荐人在平台上输入本人真实姓名确认，推荐材料记录推荐人信息，组织部门据此对推荐质量进行分析，对不实推荐的，可以停用推荐账户。",
  },
  {
    title: "解读：任职前公示的“5 个工作日”怎么算",
    category: "INTERPRETATION",
    issuer: "中共舟山市委组织部干部监督科",
    docNumber: null,
    issuedOn: "2026-09-10",
    body: "公示期按国务院办公厅公布的节假日安排计算：\n\n- 国庆节、春节等法定节假日不计入；\n- 调休上班的周六、周日计入；\n- 公示开始当天为工作日的，计入第 1 天。\n\n例如，2026 年 9 月 18 日（星期五）开始的公示，9 月 20 日（星期日）为国庆调休上班日，第 5 个工作日为 9 月 23 日。",
  },
];

interface DemoNotice {
  key: string;
  kind: "GENERAL" | "PRE_APPOINTMENT";
  title: string;
  body: string;
  vacancy?: string;
  /** First day relative to today; the period is 5 working days from it. */
  starts?: number;
  published: number;
  status?: "DRAFT" | "PUBLISHED";
  entries?: { name: string; gender: "M" | "F"; birthYearMonth: string; education: string; currentPost: string; proposedPost: string }[];
}

const CONTACT =
  "电话：0580-12380（工作日 8:30–17:00）\n来信：舟山市委组织部干部监督科（邮编 316000）\n来访：舟山市新城千岛路 268 号市行政中心";

const NOTICES: DemoNotice[] = [
  {
    key: "gh",
    kind: "PRE_APPOINTMENT",
    title: "舟山市港航和口岸管理局副局长拟任人选任职前公示",
    body: "根据《党政领导干部选拔任用工作条例》，经市委研究，拟提名下列同志为舟山市港航和口岸管理局副局长人选，现予以公示。",
    vacancy: "gh",
    starts: -2,
    published: -3,
    entries: [
      {
        name: "周海波",
        gender: "M",
        birthYearMonth: "1984-07",
        education: "大学，工学学士",
        currentPost: "舟山市港航和口岸管理局港口规划处处长",
        proposedPost: "舟山市港航和口岸管理局副局长",
      },
    ],
  },
  {
    key: "bq",
    kind: "PRE_APPOINTMENT",
    title: "定海区白泉镇党委副书记拟任人选任职前公示",
    body: "经研究，拟任用下列同志，现予以公示。",
    vacancy: "bq",
    starts: -1,
    published: -2,
    entries: [
      {
        name: "陈思雨",
        gender: "F",
        birthYearMonth: "1992-03",
        education: "研究生，管理学硕士",
        currentPost: "舟山市定海区白泉镇党政办主任（四级主任科员）",
        proposedPost: "舟山市定海区白泉镇党委副书记",
      },
    ],
  },
  {
    key: "hy",
    kind: "PRE_APPOINTMENT",
    title: "舟山市海洋经济发展局海洋产业处处长拟任人选任职前公示",
    body: "经研究，拟任用下列同志，现予以公示。",
    vacancy: "hy",
    starts: -55,
    published: -56,
    entries: [
      {
        name: "林晓东",
        gender: "M",
        birthYearMonth: "1986-11",
        education: "大学，经济学学士",
        currentPost: "舟山市海洋经济发展局海洋产业处副处长",
        proposedPost: "舟山市海洋经济发展局海洋产业处处长",
      },
    ],
  },
  {
    key: "cz",
    kind: "PRE_APPOINTMENT",
    title: "市直单位部分拟任人选任职前公示",
    body: "经研究，拟任用下列同志，现予以公示。",
    vacancy: "cz",
    starts: -70,
    published: -71,
    entries: [
      {
        name: "许丽华",
        gender: "F",
        birthYearMonth: "1991-05",
        education: "大学，管理学学士",
        currentPost: "舟山市财政局预算处一级科员",
        proposedPost: "舟山市财政局预算处副处长",
      },
      {
        name: "郑国华",
        gender: "M",
        birthYearMonth: "1983-09",
        education: "研究生，法学硕士",
        currentPost: "舟山市司法局法治督察处副处长",
        proposedPost: "舟山市司法局行政复议处处长",
      },
    ],
  },
  {
    key: "upcoming",
    kind: "PRE_APPOINTMENT",
    title: "普陀区部分拟任人选任职前公示",
    body: "经研究，拟任用下列同志，现予以公示。",
    starts: 2,
    published: 0,
    entries: [
      {
        name: "贺俊杰",
        gender: "M",
        birthYearMonth: "1990-11",
        education: "大学，农学学士",
        currentPost: "舟山市普陀区农林水利局办公室主任",
        proposedPost: "舟山市普陀区农林水利局副局长",
      },
    ],
  },
  {
    key: "g1",
    kind: "GENERAL",
    title: "关于公开征集 2026 年度第四批空缺岗位推荐人选的公告",
    body: "根据干部工作需要，现公布一批空缺岗位，公开征集推荐人选。\n\n- 推荐对象、条件和推荐时间见各岗位公告。\n- 经实名注册并审核通过的干部群众均可推荐，也可以自荐。\n\n欢迎广大干部群众积极参与。",
    published: -5,
  },
  {
    key: "g2",
    kind: "GENERAL",
    title: "关于平台实名注册审核时限的说明",
    body: "组织部门在收到注册申请后 3 个工作日内完成审核。审核未通过的，系统会说明原因，用户可以修改后重新提交。",
    published: -20,
  },
  {
    key: "g3",
    kind: "GENERAL",
    title: "关于岱山县人民政府办公室副主任岗位撤销推荐的公告",
    body: "因机构职能调整，原定的岱山县人民政府办公室副主任岗位暂不补缺，已收到的定向推荐作废。感谢广大干部群众的关注和参与。",
    published: -6,
  },
  {
    key: "g4",
    kind: "GENERAL",
    title: "2025 年度干部网上推荐工作情况通报",
    body: "2025 年，全市共发布空缺岗位 46 个，收到定向推荐 1,280 人次、非定向推荐 316 人次。经组织考察，共有 19 名经网上推荐的干部走上领导岗位。",
    published: -60,
  },
  {
    key: "draft",
    kind: "GENERAL",
    title: "（草稿）关于调整平台服务时间的通知",
    body: "草稿内容，尚未发布。",
    published: 0,
    status: "DRAFT",
  },
];

const APPOINTMENTS = [
  {
    kind: "APPOINT",
    personName: "林晓东",
    post: "舟山市海洋经济发展局海洋产业处处长",
    unit: "舟山市海洋经济发展局",
    docNumber: "舟委干〔2026〕41号",
    decided: -44,
    vacancy: "hy",
    notice: "hy",
  },
  {
    kind: "APPOINT",
    personName: "许丽华",
    post: "舟山市财政局预算处副处长",
    unit: "舟山市财政局",
    docNumber: "舟委干〔2026〕38号",
    decided: -58,
    vacancy: "cz",
    notice: "cz",
  },
  {
    kind: "APPOINT",
    personName: "郑国华",
    post: "舟山市司法局行政复议处处长",
    unit: "舟山市司法局",
    docNumber: "舟委干〔2026〕38号",
    decided: -58,
    notice: "cz",
  },
  {
    kind: "REMOVE",
    personName: "郑国华",
    post: "舟山市司法局法治督察处副处长",
    unit: "舟山市司法局",
    docNumber: "舟委干〔2026〕38号",
    decided: -58,
  },
  {
    kind: "APPOINT",
    personName: "王建国",
    post: "舟山市定海区发展和改革局局长",
    unit: "舟山市定海区发展和改革局",
    docNumber: "定委干〔2026〕17号",
    decided: -33,
  },
  {
    kind: "REMOVE",
    personName: "赵立新",
    post: "舟山市定海区发展和改革局局长",
    unit: "舟山市定海区发展和改革局",
    docNumber: "定委干〔2026〕17号",
    decided: -33,
  },
  {
    kind: "APPOINT",
    personName: "何雅琴",
    post: "舟山市文化和广电旅游体育局副局长",
    unit: "舟山市文化和广电旅游体育局",
    docNumber: "舟委干〔2026〕29号",
    decided: -90,
  },
  {
    kind: "APPOINT",
    personName: "孙振华",
    post: "嵊泗县商务局副局长",
    unit: "嵊泗县商务局",
    docNumber: "嵊委干〔2026〕9号",
    decided: -120,
  },
  {
    kind: "REMOVE",
    personName: "马海军",
    post: "舟山市人力资源和社会保障局副局长（退休）",
    unit: "舟山市人力资源和社会保障局",
    docNumber: "舟委干〔2026〕22号",
    decided: -140,
  },
];

export async function seedBoards(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  const reviewer = await prisma.user.findFirst({ where: { role: "REVIEWER" }, select: { id: true } });
  const by = reviewer?.id ?? null;
  const today = shanghaiToday(now);

  const vacancyIds = new Map<string, string>();
  for (const [i, v] of VACANCIES.entries()) {
    const { key, opens, closes, ...fields } = v;
    const opensAt = at(now, opens, 9);
    const row = await prisma.vacancy.create({
      data: {
        ...fields,
        opensAt,
        closesAt: at(now, closes, 17),
        maxPerNominator: v.headcount,
        publishedAt: v.status === "DRAFT" ? null : new Date(Math.min(opensAt.getTime(), now.getTime()) - (i + 1) * HOUR),
        createdById: by,
        createdAt: new Date(opensAt.getTime() - 3 * DAY),
      },
      select: { id: true },
    });
    vacancyIds.set(key, row.id);
  }

  for (const [i, p] of POLICIES.entries()) {
    await prisma.policy.create({
      data: {
        ...p,
        issuedOn: parseDay(p.issuedOn)!,
        status: "PUBLISHED",
        publishedAt: new Date(now.getTime() - (i + 2) * DAY),
        createdById: by,
      },
    });
  }
  await prisma.policy.create({
    data: {
      title: "（草稿）舟山市干部人才库管理办法",
      category: "LOCAL_RULES",
      issuer: "中共舟山市委组织部",
      issuedOn: parseDay(today)!,
      body: "草稿，尚未发布。",
      status: "DRAFT",
      createdById: by,
    },
  });

  const noticeIds = new Map<string, string>();
  for (const n of NOTICES) {
    const startsOn = n.starts !== undefined ? addDays(today, n.starts) : null;
    const row = await prisma.notice.create({
      data: {
        kind: n.kind,
        title: n.title,
        body: n.body,
        startsOn: startsOn ? parseDay(startsOn) : null,
        endsOn: startsOn ? parseDay(periodEnd(startsOn, 5)) : null,
        contact: n.kind === "PRE_APPOINTMENT" ? CONTACT : null,
        status: n.status ?? "PUBLISHED",
        publishedAt: n.status === "DRAFT" ? null : at(now, n.published, 10),
        vacancyId: n.vacancy ? vacancyIds.get(n.vacancy)! : null,
        createdById: by,
        entries: { create: (n.entries ?? []).map((e, position) => ({ ...e, position })) },
      },
      select: { id: true },
    });
    noticeIds.set(n.key, row.id);
  }

  for (const a of APPOINTMENTS) {
    const decidedOn = parseDay(addDays(today, a.decided))!;
    await prisma.appointment.create({
      data: {
        kind: a.kind,
        personName: a.personName,
        post: a.post,
        unit: a.unit,
        docNumber: a.docNumber,
        decidedOn,
        body: "",
        status: "PUBLISHED",
        publishedAt: new Date(decidedOn.getTime() + 2 * DAY),
        vacancyId: a.vacancy ? vacancyIds.get(a.vacancy)! : null,
        noticeId: a.notice ? noticeIds.get(a.notice)! : null,
        createdById: by,
      },
    });
  }
  await prisma.appointment.create({
    data: {
      kind: "APPOINT",
      personName: "周海波",
      post: "舟山市港航和口岸管理局副局长",
      unit: "舟山市港航和口岸管理局",
      decidedOn: parseDay(today)!,
      body: "草稿：待公示期满后发布。",
      status: "DRAFT",
      vacancyId: vacancyIds.get("gh")!,
      noticeId: noticeIds.get("gh")!,
      // The person of the 公示 it follows (the 任免 gate waits for their period and result), a promotion on 试用期.
      noticeEntryId: (
        await prisma.noticeEntry.findFirst({ where: { noticeId: noticeIds.get("gh")!, name: "周海波" }, select: { id: true } })
      )?.id,
      probation: true,
      createdById: by,
    },
  });
}
