// Realistic demo identities: Zhoushan address codes, plausible birth dates, valid check digits.
import { checkCharacter } from "../../lib/security/id-number";

export const ZHOUSHAN_AREAS = ["330902", "330903", "330921", "330922"]; // 定海 普陀 岱山 嵊泗

/** A valid 18-digit ID number; odd sequence digit = male. */
export function demoIdNumber(area: string, birth: string /* YYYYMMDD */, seq: number, male: boolean): string {
  let s = seq % 1000;
  if ((s % 2 === 1) !== male) s = (s + 1) % 1000;
  const first17 = `${area}${birth}${String(s).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN_M = [
  "伟",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "杰",
  "涛",
  "明",
  "超",
  "海波",
  "建国",
  "志强",
  "晓东",
  "国华",
  "文斌",
  "浩然",
  "宇航",
  "俊杰",
  "鹏飞",
  "恩盛",
  "立新",
  "振华",
  "海军",
];
const GIVEN_F = [
  "芳",
  "敏",
  "静",
  "丽",
  "娟",
  "艳",
  "霞",
  "玲",
  "婷",
  "雪",
  "晓燕",
  "丽华",
  "海燕",
  "秀英",
  "佳怡",
  "梦琪",
  "思雨",
  "欣怡",
  "雅琴",
  "慧敏",
  "春梅",
  "亚萍",
  "素芬",
  "晓红",
];

/** Deterministic pseudo-random generator so every demo database is the same. */
export function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

export function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

export function demoName(r: () => number, male: boolean): string {
  return pick(r, [...SURNAMES]) + pick(r, male ? GIVEN_M : GIVEN_F);
}

export const UNITS = [
  "舟山市普陀区农林水利局",
  "舟山市定海区发展和改革局",
  "舟山市生态环境局",
  "舟山市交通运输局",
  "舟山市教育局",
  "舟山市卫生健康委员会",
  "舟山市自然资源和规划局",
  "舟山市港航和口岸管理局",
  "岱山县人民政府办公室",
  "嵊泗县商务局",
  "舟山市普陀区六横镇人民政府",
  "舟山市定海区白泉镇人民政府",
  "舟山市海洋经济发展局",
  "舟山市财政局",
  "舟山市人力资源和社会保障局",
  "舟山市文化和广电旅游体育局",
  "共青团舟山市普陀区委员会",
  "舟山市普陀区区直机关工委",
];

export const POSITIONS = [
  "科员",
  "副主任科员",
  "主任科员",
  "四级主任科员",
  "三级主任科员",
  "办公室副主任",
  "办公室主任",
  "科长",
  "副科长",
  "副局长",
  "副镇长",
  "党委委员",
  "团委书记",
];
