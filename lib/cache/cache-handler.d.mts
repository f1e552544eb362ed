// Types of lib/cache/cache-handler.mjs for the app's TypeScript (the tests).
export interface CacheHandlerEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate: number | false; expire?: number };
}

export default class CacheHandler {
  constructor(ctx: unknown);
  get(key: string, ctx: { kind: string; tags?: string[]; softTags?: string[]; isFallback?: boolean }): Promise<CacheHandlerEntry | null>;
  set(key: string, data: unknown, ctx: { cacheControl?: unknown; tags?: string[]; fetchCache?: boolean }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
