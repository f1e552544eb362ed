import { defineMachine } from "./machine";

// Policies, notices and appointments: 草稿 → 已发布 → 已撤回 (unpublished, may be republished).
export const publicationMachine = defineMachine("publication", {
  DRAFT: ["PUBLISHED"],
  PUBLISHED: ["UNPUBLISHED"],
  UNPUBLISHED: ["PUBLISHED", "DRAFT"],
});

export type PublicationStatus = (typeof publicationMachine.states)[number];
