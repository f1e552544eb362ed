// The sign-up box of a class page says each thing once. After a move it used to show the new
// standing (您已报名，等待组织部门审核。) and, under it, the move's own message saying the same
// (报名已提交，等待组织部门审核。); the same twice for the waiting list and for withdrawing. Now
// the standing is the one sentence, and it is what a screen reader hears after the move.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { SignupBox } from "@/components/training/signup-box";
import type { SignupState } from "@/lib/data/training/public";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

const base: SignupState = { window: "open", seatsLeft: 5, signedIn: true, accountStatus: "APPROVED", enrolment: null, refusal: null };

/** The state route answers with these, one per read (the last one again after that). */
function serve(...states: SignupState[]) {
  let i = 0;
  global.fetch = jest.fn(async () => {
    const s = states[Math.min(i++, states.length - 1)];
    return { ok: true, json: async () => s } as Response;
  }) as typeof fetch;
}

const ok = (message: string) => async (): Promise<ActionState> => ({ ok: true, message });
const never = async (): Promise<ActionState> => {
  throw new Error("not this one");
};

const count = (text: string, part: string) => text.split(part).length - 1;

async function press(name: string) {
  const button = await screen.findByRole("button", { name });
  await act(async () => {
    fireEvent.click(button);
  });
}

test("signing up: the standing is said once, and announced", async () => {
  serve(base, { ...base, seatsLeft: 4, enrolment: { status: "PENDING", position: null, note: null } });
  const { container } = renderWithIntl(<SignupBox classId="c1" signUpAction={ok("training.signup.signedUp")} cancelAction={never} />);
  await press("我要报名");
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("您已报名，等待组织部门审核。"));
  expect(count(container.textContent ?? "", "等待组织部门审核")).toBe(1);
});

test("joining the waiting list: the place in the list is said once", async () => {
  serve({ ...base, seatsLeft: 0 }, { ...base, seatsLeft: 0, enrolment: { status: "WAITLISTED", position: 2, note: null } });
  const { container } = renderWithIntl(<SignupBox classId="c1" signUpAction={ok("training.signup.waitlisted")} cancelAction={never} />);
  await press("报名并列入候补");
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("您在候补名单第 2 位"));
  expect(count(container.textContent ?? "", "候补名单")).toBe(1);
});

test("withdrawing: said once", async () => {
  window.confirm = jest.fn(() => true);
  serve(
    { ...base, seatsLeft: 4, enrolment: { status: "PENDING", position: null, note: null } },
    { ...base, enrolment: { status: "CANCELLED", position: null, note: null } },
  );
  const { container } = renderWithIntl(<SignupBox classId="c1" signUpAction={never} cancelAction={ok("training.signup.cancelled")} />);
  await press("取消报名");
  await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("您已取消本培训班的报名。"));
  expect(count(container.textContent ?? "", "已取消")).toBe(1);
  expect(screen.getByRole("button", { name: "重新报名" })).toBeInTheDocument();
});

test("a refused move is still shown, as an alert", async () => {
  serve(base);
  const refuse = async (): Promise<ActionState> => ({ message: "training.errors.full" });
  renderWithIntl(<SignupBox classId="c1" signUpAction={refuse} cancelAction={never} />);
  await press("我要报名");
  expect(await screen.findByRole("alert")).toHaveTextContent("名额已满");
});
