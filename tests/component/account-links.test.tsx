import { act, render, screen, waitFor } from "@testing-library/react";
import { SessionProvider } from "next-auth/react";
import type { Session } from "next-auth";
import { AccountLinks } from "@/components/layout/account-links";
import { announceUnread } from "@/components/inbox/unread-events";

const labels = {
  login: "登录",
  register: "实名注册",
  myAccount: "我的账户",
  messages: "消息",
  unreadMessages: "消息，未读消息 {count} 条",
  console: "审核后台",
  logout: "退出登录",
};

// The header asks /api/me/unread for the count; here the answer is chosen per test.
let unreadAnswer: { status: number; body: unknown } = { status: 200, body: { unread: 0 } };
const fetchMock = jest.fn(async (url: string) => {
  void url;
  return { ok: unreadAnswer.status === 200, status: unreadAnswer.status, json: async () => unreadAnswer.body } as Response;
});
beforeEach(() => {
  fetchMock.mockClear();
  unreadAnswer = { status: 200, body: { unread: 0 } };
  (globalThis as { fetch: unknown }).fetch = fetchMock;
});
/** Lets the count's answer land inside act() (the header asks as soon as the session is known). */
const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

function renderWith(user: Record<string, string> | null) {
  const session = user ? ({ user, expires: "2099-01-01T00:00:00.000Z" } as unknown as Session) : null;
  return render(
    <SessionProvider session={session} refetchOnWindowFocus={false}>
      <AccountLinks labels={labels} />
    </SessionProvider>,
  );
}

describe("AccountLinks (the header's sign-in area on cached pages)", () => {
  it("offers login and registration to a visitor", () => {
    renderWith(null);
    expect(screen.getByRole("link", { name: "登录" })).toHaveAttribute("href", "/login");
    expect(screen.getByRole("link", { name: "实名注册" })).toHaveAttribute("href", "/register");
    expect(screen.queryByRole("link", { name: "我的账户" })).toBeNull();
  });

  it("shows a nominator's name and account, without the console", async () => {
    renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    await settle();
    expect(screen.getByText("张伟")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "我的账户" })).toHaveAttribute("href", "/account");
    expect(screen.getByRole("button", { name: "退出登录" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "审核后台" })).toBeNull();
    expect(screen.queryByRole("link", { name: "登录" })).toBeNull();
  });

  it("links approved staff to the console, but not suspended staff", async () => {
    const { unmount } = renderWith({ name: "李敏", role: "REVIEWER", status: "APPROVED" });
    await settle();
    expect(screen.getByRole("link", { name: "审核后台" })).toHaveAttribute("href", "/admin");
    unmount();
    renderWith({ name: "李敏", role: "REVIEWER", status: "SUSPENDED" });
    await settle();
    expect(screen.queryByRole("link", { name: "审核后台" })).toBeNull();
  });
});

describe("the header's 消息 entry and its unread count", () => {
  it("a visitor has none, and nothing is asked", () => {
    renderWith(null);
    expect(screen.queryByRole("link", { name: /消息/ })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("a signed-in user sees 消息 with the count from /api/me/unread, named for screen readers", async () => {
    unreadAnswer = { status: 200, body: { unread: 3 } };
    renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    const link = await screen.findByRole("link", { name: "消息，未读消息 3 条" });
    expect(link).toHaveAttribute("href", "/account/messages");
    expect(link).toHaveTextContent("消息3");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe("/api/me/unread");
  });

  it("with nothing unread it is just 消息; the inbox page's news updates it without asking again", async () => {
    renderWith({ name: "王芳", role: "NOMINATOR", status: "PENDING" });
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await settle();
    expect(screen.getByRole("link", { name: "消息" })).toHaveTextContent(/^消息$/);
    act(() => announceUnread(120));
    expect(screen.getByRole("link", { name: "消息，未读消息 120 条" })).toHaveTextContent("消息99+");
    act(() => announceUnread(0));
    expect(screen.getByRole("link", { name: "消息" })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("a refused or failed request shows no count (and no error)", async () => {
    unreadAnswer = { status: 401, body: { unread: null } };
    renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await settle();
    expect(screen.getByRole("link", { name: "消息" })).toBeInTheDocument();
  });
});
