import "server-only";
// The public 干部教育培训 reads, cached like the boards (lib/data/public-cache.ts): tagged
// "board:training", which the console's changes to classes, sessions and materials expire
// (invalidateBoards("training"), and through the boards' versions on every other instance);
// entries also expire after REVALIDATE_SECONDS. Sign-ups never expire them: places left and the
// reader's own sign-up are read per request (signupState, the class page's small part).
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { BOARD_TAGS } from "../board-tags";
import { getPublicClass, listPublicClasses } from "./public";

const REVALIDATE_SECONDS = 60;

function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}

function decode<T>(text: string): T {
  return JSON.parse(text, (_k, v) =>
    v && typeof v === "object" && typeof v.$date === "string" && Object.keys(v).length === 1 ? new Date(v.$date) : v,
  ) as T;
}

const list = unstable_cache(async () => encode(await listPublicClasses()), ["openselect:training.list"], {
  tags: [BOARD_TAGS.training],
  revalidate: REVALIDATE_SECONDS,
});

const one = unstable_cache(async (id: string) => encode(await getPublicClass(id)), ["openselect:training.one"], {
  tags: [BOARD_TAGS.training],
  revalidate: REVALIDATE_SECONDS,
});

export const trainingBoard = {
  list: cache(async () => decode<Awaited<ReturnType<typeof listPublicClasses>>>(await list())),
  one: cache(async (id: string) => decode<Awaited<ReturnType<typeof getPublicClass>>>(await one(id))),
};
