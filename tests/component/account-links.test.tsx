import { act, render, screen, waitFor } from "@testing-library/react";
import { AccountLinks } from "@/components/layout/account-links";
import { announceUnread } from "@/components/inbox/unread-events";
import { sessionAs } from "./client-session";

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

// The session comes from /api/auth/session with plain fetch (no next-auth/react on public pages).
async function renderWith(user: Record<string, string> | null) {
  await sessionAs(user);
  return render(<AccountLinks labels={labels} />);
}

describe("AccountLinks (the header's sign-in area on cached pages)", () => {
  it("offers login and registration to a visitor", async () => {
    await renderWith(null);
    expect(screen.getByRole("link", { name: "登录" })).toHaveAttribute("href", "/login");
    expect(screen.getByRole("link", { name: "实名注册" })).toHaveAttribute("href", "/register");
    expect(screen.queryByRole("link", { name: "我的账户" })).toBeNull();
  });

  it("shows a nominator's name and account, without the console", async () => {
    await renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    await settle();
    expect(screen.getByText("张伟")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "我的账户" })).toHaveAttribute("href", "/account");
    expect(screen.getByRole("button", { name: "退出登录" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "审核后台" })).toBeNull();
    expect(screen.queryByRole("link", { name: "登录" })).toBeNull();
  });

  it("links approved staff to the console, but not suspended staff", async () => {
    const { unmount } = await renderWith({ name: "李敏", role: "REVIEWER", status: "APPROVED" });
    await settle();
    expect(screen.getByRole("link", { name: "审核后台" })).toHaveAttribute("href", "/admin");
    unmount();
    await renderWith({ name: "李敏", role: "REVIEWER", status: "SUSPENDED" });
    await settle();
    expect(screen.queryByRole("link", { name: "审核后台" })).toBeNull();
  });
});

describe("the header's 消息 entry and its unread count", () => {
  it("a visitor has none, and nothing is asked", async () => {
    await renderWith(null);
    expect(screen.queryByRole("link", { name: /消息/ })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("a signed-in user sees 消息 with the count from /api/me/unread, named for screen readers", async () => {
    unreadAnswer = { status: 200, body: { unread: 3 } };
    await renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    const link = await screen.findByRole("link", { name: "消息，未读消息 3 条" });
    expect(link).toHaveAttribute("href", "/account/messages");
    expect(link).toHaveTextContent("消息3");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe("/api/me/unread");
  });

  it("with nothing unread it is just 消息; the inbox page's news updates it without asking again", async () => {
    await renderWith({ name: "王芳", role: "NOMINATOR", status: "PENDING" });
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
    await renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await settle();
    expect(screen.getByRole("link", { name: "消息" })).toBeInTheDocument();
  });
});

describe("the session and sign-out without next-auth/react", () => {
  it("asks /api/auth/session never from a cache (another visitor's answer must never show)", async () => {
    const { refreshClientSession } = await import("@/components/auth/client-session");
    const calls: [string, RequestInit | undefined][] = [];
    (globalThis as { fetch: unknown }).fetch = jest.fn(async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return { ok: true, status: 200, json: async () => ({}) } as Response;
    });
    await act(async () => {
      expect(await refreshClientSession()).toBeNull();
    });
    expect(calls).toEqual([["/api/auth/session", expect.objectContaining({ cache: "no-store", credentials: "same-origin" })]]);
  });

  it("退出登录 posts the CSRF token to next-auth's sign-out endpoint, as its signOut did", async () => {
    await renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    await settle();
    const calls: [string, RequestInit | undefined][] = [];
    (globalThis as { fetch: unknown }).fetch = jest.fn(async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      const body = url === "/api/auth/csrf" ? { csrfToken: "tok123" } : { url: "http://localhost/" };
      return { ok: true, status: 200, json: async () => body } as Response;
    });
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined); // jsdom: navigation not implemented
    await act(async () => {
      screen.getByRole("button", { name: "退出登录" }).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    errors.mockRestore();
    expect(calls.map((c) => c[0])).toEqual(["/api/auth/csrf", "/api/auth/signout"]);
    expect(calls[1][1]?.method).toBe("POST");
    const body = new URLSearchParams(String(calls[1][1]?.body));
    expect(body.get("csrfToken")).toBe("tok123");
    expect(body.get("callbackUrl")).toBe("/");
    // The header no longer shows the name while the browser leaves.
    expect(screen.queryByText("张伟")).toBeNull();
  });
});
