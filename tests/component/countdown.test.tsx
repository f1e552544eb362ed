import { act, render, screen } from "@testing-library/react";
import { Countdown } from "@/components/boards/countdown";

// The countdown's words come from the server as templates (public pages load no translation
// library in the browser); the browser fills in the numbers and ticks every 30 s.
const words = {
  days: "距推荐截止还有 {days} 天 {hours} 小时",
  hours: "距推荐截止还有 {hours} 小时 {minutes} 分钟",
  minutes: "距推荐截止还有 {minutes} 分钟",
  done: "推荐已截止。",
};

describe("Countdown", () => {
  afterEach(() => jest.useRealTimers());

  it("words the time left with the server's templates, and says when it has come", () => {
    jest.useFakeTimers();
    const now = Date.UTC(2026, 11, 2, 1, 0);
    jest.setSystemTime(now);
    const until = new Date(now + (2 * 24 * 60 + 3 * 60 + 5) * 60_000).toISOString();
    const { unmount } = render(<Countdown until={until} words={words} initialNow={now} />);
    expect(screen.getByText("距推荐截止还有 2 天 3 小时")).toBeInTheDocument();
    unmount();
    const soon = new Date(now + 90_000).toISOString();
    render(<Countdown until={soon} words={words} initialNow={now} />);
    expect(screen.getByText("距推荐截止还有 1 分钟")).toBeInTheDocument();
    act(() => {
      jest.setSystemTime(now + 120_000);
      jest.advanceTimersByTime(30_000);
    });
    expect(screen.getByText("推荐已截止。")).toBeInTheDocument();
  });
});
