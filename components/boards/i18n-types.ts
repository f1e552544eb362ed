// The translator and formatter a page already holds, passed to the board components so that
// they are plain functions: an async component per item (each awaiting getTranslations) costs
// more to render than the item itself, and lists have twenty of them.
import type { getFormatter } from "next-intl/server";

export type T = (key: string, values?: Record<string, string | number>) => string;
export type F = Pick<Awaited<ReturnType<typeof getFormatter>>, "dateTime">;
