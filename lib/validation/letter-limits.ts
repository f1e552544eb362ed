// Apart from the zod schemas (cases-channels.ts): the channel forms (client components) show
// them in their hints, and importing the schema file would put zod into 监督举报's download.
/** Evidence typed as text beside the facts (files go as attachments). */
export const EVIDENCE_MAX = 2000;
/** A letter shorter than this says nothing staff could look into. */
export const MIN_LETTER_CHARS = 10;
