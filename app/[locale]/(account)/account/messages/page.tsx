import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { listInbox, type InboxMessage } from "@/lib/data/inbox";
import { INBOX_FILTERS, inboxFilter, inboxPath, type InboxFilter } from "@/lib/validation/inbox";
import { INSTANT } from "@/lib/calendar/dates";
import { Pagination } from "@/components/ui/pagination";
import { InboxButton } from "@/components/inbox/inbox-button";
import { UnreadSync } from "@/components/inbox/unread-sync";
import { markAllReadAction, markReadAction, openMessageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SMALL = "min-h-9 px-3 py-1 text-sm";

/** 消息: the signed-in user's inbox, newest first, with pages and a read/unread filter. */
export default async function InboxPage({ searchParams }: Props) {
  const actor = await signedInPage("/account/messages");
  const sp = await searchParams;
  const filter = inboxFilter(sp.filter);
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const inbox = await listInbox(actor, locale, { page: sp.page, filter });
  // A suspended account may read, and nothing more (lib/actions/access.ts): no buttons then.
  const canAct = actor.status !== "SUSPENDED";
  const place = { filter, page: String(inbox.page) };
  // Messages written before kinds existed may hold a catalog key as their title.
  const words = (s: string) => (s && t.has(s) ? t(s) : s);

  const item = (n: InboxMessage) => (
    <li
      key={n.id}
      className={`space-y-2 border-l-4 py-4 pr-1 pl-4 ${n.read ? "border-transparent" : "border-brand-600 bg-brand-50/40"}`}
      data-testid="inbox-message"
      data-read={n.read ? "1" : "0"}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className={`text-base ${n.read ? "font-medium" : "font-bold"}`}>
          {!n.read && (
            <span className="mr-2 inline-block rounded bg-brand-600 px-1.5 align-[0.1em] text-xs leading-5 font-medium text-white">
              {t("inbox.unreadTag")}
            </span>
          )}
          {words(n.title)}
        </h3>
        <time dateTime={n.createdAt.toISOString()} className="shrink-0 text-sm text-muted tabular-nums">
          {format.dateTime(n.createdAt, INSTANT)}
        </time>
      </div>
      {n.body && <p className="leading-relaxed text-pretty break-words whitespace-pre-line">{words(n.body)}</p>}
      <div className="flex flex-wrap items-center gap-3">
        {n.link &&
          (canAct ? (
            <InboxButton
              action={openMessageAction}
              fields={{ id: n.id, ...place }}
              label={`${t("inbox.open")} →`}
              ariaLabel={`${t("inbox.open")}：${words(n.title)}`}
              className={`${n.read ? "btn-secondary" : "btn-primary"} ${SMALL}`}
            />
          ) : (
            <Link href={n.link} className="link">
              {t("inbox.open")} →
            </Link>
          ))}
        {canAct && !n.read && (
          <InboxButton
            action={markReadAction}
            fields={{ id: n.id, ...place }}
            label={t("inbox.markRead")}
            ariaLabel={`${t("inbox.markRead")}：${words(n.title)}`}
            className={`btn-secondary ${SMALL}`}
          />
        )}
      </div>
    </li>
  );

  return (
    <div className="space-y-6">
      <UnreadSync count={inbox.unread} />
      <p>
        <Link href="/account" className="link">
          ← {t("account.title")}
        </Link>
      </p>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl">{t("inbox.title")}</h1>
          <p className="max-w-3xl text-pretty text-muted">{t("inbox.lead")}</p>
        </div>
        <Link href="/account/notifications" className="btn-secondary">
          {t("inbox.settingsLink")}
        </Link>
      </header>
      {!canAct && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900" role="note">
          {t("inbox.suspendedNote")}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("inbox.filterLabel")} className="flex flex-wrap gap-2">
          {INBOX_FILTERS.map((f: InboxFilter) => (
            <Link
              key={f}
              href={inboxPath(f, 1)}
              aria-current={filter === f ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${filter === f ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:border-brand-600"}`}
            >
              {t(`inbox.filter.${f}`)}
              {f === "unread" && inbox.unread > 0 ? `（${inbox.unread}）` : ""}
            </Link>
          ))}
        </nav>
        {canAct && inbox.unread > 0 && inbox.newestId && (
          <InboxButton
            action={markAllReadAction}
            fields={{ upTo: inbox.newestId, filter }}
            label={t("inbox.markAll")}
            className={`btn-secondary ${SMALL}`}
          />
        )}
      </div>
      <section className="card py-1" aria-labelledby="inbox-list-title">
        <h2 id="inbox-list-title" className="sr-only">
          {t(`inbox.filter.${filter}`)}
        </h2>
        <p className="pt-3 text-sm text-muted" role="status">
          {t("inbox.unreadCount", { count: inbox.unread })} · {t("inbox.timeNote")}
        </p>
        {inbox.rows.length === 0 ? (
          <p className="py-6 text-muted">{t(`inbox.empty.${filter}`)}</p>
        ) : (
          <ul className="divide-y divide-stone-200">{inbox.rows.map(item)}</ul>
        )}
      </section>
      <Pagination
        page={inbox.page}
        pageCount={inbox.pageCount}
        basePath="/account/messages"
        params={{ filter: filter === "all" ? undefined : filter }}
      />
    </div>
  );
}
