// Which attendance earns 学时 — the one definition, read by a person's record (我的培训档案 and
// its printable page), the staff reports' 认定学时 and 公开数据's "training hours delivered", so
// the three never disagree. Hours are credited for an attended session when the person's sign-up
// is admitted (已录取) and the class was published. An attendance mark alone is not enough: a
// sign-up withdrawn or declined after a session keeps its mark (it happened) but earns nothing,
// and a draft class never took place for anyone. Pure: the data layer applies it.

/** The sign-up status that earns hours. */
const CREDITED_ENROLMENT_STATUS = "APPROVED";
/** A class in this status earns nobody hours (never published). */
const UNPUBLISHED_CLASS_STATUS = "DRAFT";

/** Whether an attendance earns its session's 学时, from its sign-up's and class's status. */
export function creditsHours(enrolmentStatus: string, classStatus: string): boolean {
  return enrolmentStatus === CREDITED_ENROLMENT_STATUS && classStatus !== UNPUBLISHED_CLASS_STATUS;
}

/**
 * The same rule as a filter on attendance rows (a Prisma `TrainingAttendanceWhereInput`), for
 * sums taken over many people at once.
 */
export const CREDITED_ATTENDANCE = {
  enrolment: { status: CREDITED_ENROLMENT_STATUS },
  session: { class: { status: { not: UNPUBLISHED_CLASS_STATUS } } },
} as const;
