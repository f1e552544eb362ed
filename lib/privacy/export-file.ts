// The 下载我的数据 file: the caller's data (lib/data/personal-data.ts) as one .xlsx workbook (a
// sheet per kind of data, Chinese headers) or one JSON document. Pure: no database, no request.
import ExcelJS from "exceljs";
import type { PersonalData } from "../data/personal-data";
import { shanghaiDateTimeText } from "../calendar/dates";

export type PersonalDataFormat = "xlsx" | "json";

export function personalDataFormat(v: string | null): PersonalDataFormat | null {
  return v === "xlsx" || v === "json" ? v : null;
}

const PROFILE_LABELS: Record<string, string> = {
  realName: "真实姓名",
  idNumber: "身份证号码",
  gender: "性别",
  birthDate: "出生日期",
  phone: "手机号码",
  email: "电子邮箱",
  workUnit: "工作单位",
  position: "职务",
  politicalStatus: "政治面貌",
  role: "角色",
  status: "账户状态",
  registeredAt: "注册时间",
  privacyStatementVersion: "同意的个人信息保护说明版本",
};

/** An ISO instant as 北京时间 text; anything else as it is. */
const when = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}T/.test(v) ? shanghaiDateTimeText(new Date(v)) : (v ?? ""));

/** The sheets: a title, Chinese headers and rows of text. */
export function personalDataSheets(d: PersonalData): { title: string; headers: string[]; rows: string[][] }[] {
  return [
    {
      title: "个人资料",
      headers: ["项目", "内容"],
      rows: Object.entries(PROFILE_LABELS).map(([k, l]) => [l, k === "registeredAt" ? when(d.profile[k] ?? null) : (d.profile[k] ?? "")]),
    },
    {
      title: "同意记录",
      headers: ["说明版本", "操作", "时间（北京时间）"],
      rows: d.consents.map((c) => [c.version, c.action, when(c.at)]),
    },
    {
      title: "我的推荐",
      headers: [
        "回执编号",
        "推荐类型",
        "推荐职位",
        "被推荐人",
        "工作单位",
        "现任职务",
        "关系",
        "德",
        "能",
        "勤",
        "绩",
        "廉",
        "签名",
        "状态",
        "提交时间（北京时间）",
        "有效期至",
      ],
      rows: d.nominations.map((n) => [
        n.receiptNo,
        n.kind,
        n.vacancy ?? "",
        n.nominee,
        n.nomineeUnit,
        n.nomineePost,
        n.relationship ?? "",
        n.reasons.de,
        n.reasons.neng,
        n.reasons.qin,
        n.reasons.ji,
        n.reasons.lian,
        n.signedName,
        n.status,
        when(n.submittedAt),
        when(n.validUntil),
      ]),
    },
    {
      title: "我的来信与反映",
      headers: ["编号", "渠道", "标题", "状态", "提交时间（北京时间）", "办理结果"],
      rows: d.cases.map((c) => [c.number, c.channel, c.title, c.status, when(c.filedAt), c.outcome ?? ""]),
    },
    {
      title: "来信往来",
      headers: ["编号", "发送方", "时间（北京时间）", "内容"],
      rows: d.cases.flatMap((c) => c.thread.map((m) => [c.number, m.from, when(m.at), m.body])),
    },
    {
      title: "站内消息",
      headers: ["标题", "内容", "时间（北京时间）", "已读"],
      rows: d.messages.map((m) => [m.title, m.body, when(m.at), m.read ? "是" : "否"]),
    },
    {
      title: "登录记录",
      headers: ["时间（北京时间）", "网络地址", "浏览器"],
      rows: d.signIns.map((s) => [when(s.at), s.address ?? "", s.browser ?? ""]),
    },
  ];
}

export async function renderPersonalData(d: PersonalData, format: PersonalDataFormat): Promise<Buffer> {
  if (format === "json") return Buffer.from(JSON.stringify(d, null, 2), "utf8");
  const wb = new ExcelJS.Workbook();
  wb.creator = "OpenSelect";
  wb.created = new Date(d.generatedAt);
  for (const sheet of personalDataSheets(d)) {
    const ws = wb.addWorksheet(sheet.title, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(sheet.headers);
    ws.getRow(1).font = { bold: true };
    // exceljs writes text as text cells, never formulas: the user's words stay exactly as typed.
    for (const r of sheet.rows) ws.addRow(r);
    ws.columns.forEach((col, i) => {
      const longest = Math.max(sheet.headers[i]?.length ?? 0, ...sheet.rows.slice(0, 100).map((r) => String(r[i] ?? "").length));
      col.width = Math.min(60, Math.max(8, longest * 2 + 2));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function personalDataContentType(format: PersonalDataFormat): string {
  return format === "json" ? "application/json; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/** 我的数据-2026-12-02.xlsx, with an ASCII fallback name (RFC 6266/5987). */
export function personalDataDisposition(format: PersonalDataFormat, day: string): string {
  const name = `我的数据-${day}.${format}`;
  return `attachment; filename="my-data-${day}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
