import type { T } from "./i18n-types";
import type { NominateBlockedTexts } from "./nominate-button";

/** The words NominateButton shows to an account that may not nominate (passed as props: public pages send no catalog). */
export function nominateBlockedTexts(t: T): NominateBlockedTexts {
  return {
    PENDING: t("nominateGate.PENDING"),
    REJECTED: t("nominateGate.REJECTED"),
    SUSPENDED: t("nominateGate.SUSPENDED"),
    PENDINGNote: t("nominateGate.PENDINGNote"),
    REJECTEDNote: t("nominateGate.REJECTEDNote"),
    SUSPENDEDNote: t("nominateGate.SUSPENDEDNote"),
  };
}
