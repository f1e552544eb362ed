// The nomination form the benches submit (the nomination, mail and profile benches), as the form
// would post it: 500 different nominees by number, names in Han only, the five reasons filled.
export const HAN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水";

export const REASONS = {
  reasonDe: "政治立场坚定，对党忠诚，群众口碑好。",
  reasonNeng: "业务能力强，善于解决复杂问题。",
  reasonQin: "工作勤勉，敢于担当，责任心强。",
  reasonJi: "年度考核连续三年优秀，成绩突出。",
  reasonLian: "廉洁自律，无不良反映，经得起监督。",
};

/** The i-th targeted nomination for `vacancyId`, signed by `signature`. */
export function benchNominationForm(i: number, vacancyId: string, signature: string) {
  return {
    kind: "TARGETED",
    vacancyId,
    name: `新${HAN[i % 25]}${HAN[Math.floor(i / 25) % 20]}`,
    gender: "M",
    birthDate: "1984-05-20",
    workUnit: "舟山市普陀区六横镇人民政府",
    currentPost: "副镇长",
    currentLevel: "DEPUTY_SECTION",
    yearsAtLevel: "3",
    education: "BACHELOR",
    relationship: "COLLEAGUE",
    ...REASONS,
    signature,
  };
}
