import { defineMachine } from "./machine";

// Policies, notices and appointments: 草稿 → 已发布 → 已撤回 (unpublished, may be republished).
export const publicationMachine = defineMachine("publication", {
  DRAFT: ["PUBLISHED"],
  PUBLISHED: ["UNPUBLISHED"],
  UNPUBLISHED: ["PUBLISHED", "DRAFT"],
});

export type PublicationStatus = (typeof publicationMachine.states)[number];

/** What readers see now. */
export function isPublished(status: string): boolean {
  return status === "PUBLISHED";
}

/** Content is edited as a draft (or after being withdrawn), never while readers see it. */
export function isPublicationEditable(status: string): boolean {
  return !isPublished(status);
}

/** The moves the machine allows from `status`. */
export function allowedPublicationMoves(status: string): readonly PublicationStatus[] {
  return publicationMachine.isState(status) ? publicationMachine.next(status) : [];
}
