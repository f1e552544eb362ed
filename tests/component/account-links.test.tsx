import { render, screen } from "@testing-library/react";
import { SessionProvider } from "next-auth/react";
import type { Session } from "next-auth";
import { AccountLinks } from "@/components/layout/account-links";

const labels = { login: "登录", register: "实名注册", myAccount: "我的账户", console: "审核后台", logout: "退出登录" };

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

  it("shows a nominator's name and account, without the console", () => {
    renderWith({ name: "张伟", role: "NOMINATOR", status: "APPROVED" });
    expect(screen.getByText("张伟")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "我的账户" })).toHaveAttribute("href", "/account");
    expect(screen.getByRole("button", { name: "退出登录" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "审核后台" })).toBeNull();
    expect(screen.queryByRole("link", { name: "登录" })).toBeNull();
  });

  it("links approved staff to the console, but not suspended staff", () => {
    const { unmount } = renderWith({ name: "李敏", role: "REVIEWER", status: "APPROVED" });
    expect(screen.getByRole("link", { name: "审核后台" })).toHaveAttribute("href", "/admin");
    unmount();
    renderWith({ name: "李敏", role: "REVIEWER", status: "SUSPENDED" });
    expect(screen.queryByRole("link", { name: "审核后台" })).toBeNull();
  });
});
