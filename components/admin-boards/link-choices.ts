import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { vacancyChoices } from "@/lib/data/vacancies";
import { noticeChoices } from "@/lib/data/notices";

/** Options of the "linked vacancy / notice" selects (recent ones, plus the current link if older). */
export async function linkChoices(
  actor: Actor | null,
  current: { vacancy?: { id: string; post: string; unit: string } | null; notice?: { id: string; title: string } | null } = {},
) {
  const [vacancies, notices] = await Promise.all([vacancyChoices(actor), noticeChoices(actor)]);
  const v = vacancies.map((x) => ({ id: x.id, label: `${x.post}（${x.unit}）` }));
  const n = notices.map((x) => ({ id: x.id, label: x.title }));
  if (current.vacancy && !v.some((x) => x.id === current.vacancy!.id))
    v.unshift({ id: current.vacancy.id, label: `${current.vacancy.post}（${current.vacancy.unit}）` });
  if (current.notice && !n.some((x) => x.id === current.notice!.id)) n.unshift({ id: current.notice.id, label: current.notice.title });
  return { vacancies: v, notices: n };
}
