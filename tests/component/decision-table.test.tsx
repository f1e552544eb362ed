// The review page's nominations table: each row's checkbox is named after its candidate in the
// reader's language (the catalog's sentence with the name put in), only decidable rows can be
// chosen, and the buttons count what is chosen.
import { fireEvent, screen } from "@testing-library/react";
import { renderWithIntl } from "./render";
import { DecisionTable, type DecisionRow } from "@/components/admin-nominations/decision-table";

jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), prefetch: jest.fn() }) }));

const row = (id: string, name: string, decidable = true): DecisionRow => ({
  id,
  status: "SUBMITTED",
  statusLabel: "已提交",
  candidate: { id: `c${id}`, name, sub: "舟山市财政局" },
  nominator: { name: "推荐人", sub: "舟山市教育局" },
  cells: ["同事", "2026-12-01 09:30", "2027-12-01 09:30"],
  note: "—",
  flags: [],
  decidable,
});
const rows = [row("1", "周海波"), row("2", "林晓燕"), row("3", "王$&强"), row("4", "李四", false)];
const action = jest.fn(async () => ({}));

test("checkboxes are named after their candidate, in Chinese and in English", () => {
  const view = renderWithIntl(<DecisionTable action={action} rows={rows} headers={["被推荐人"]} />);
  expect(screen.getByRole("checkbox", { name: "选择 周海波 的推荐" })).toBeEnabled();
  expect(screen.getByRole("checkbox", { name: "选择 林晓燕 的推荐" })).toBeEnabled();
  // A name is put in as typed, whatever characters it holds ("$&" means something to String.replace).
  expect(screen.getByRole("checkbox", { name: "选择 王$&强 的推荐" })).toBeEnabled();
  // A row that cannot be decided has nothing to choose.
  expect(screen.queryByRole("checkbox", { name: "选择 李四 的推荐" })).toBeNull();
  view.unmount();
  renderWithIntl(<DecisionTable action={action} rows={rows} headers={["Nominee"]} />, "en");
  expect(screen.getByRole("checkbox", { name: "Select the nomination of 周海波" })).toBeInTheDocument();
});

test("choosing rows counts them on the buttons", () => {
  renderWithIntl(<DecisionTable action={action} rows={rows} headers={["被推荐人"]} />);
  fireEvent.click(screen.getByRole("checkbox", { name: "选择 林晓燕 的推荐" }));
  expect(screen.getByRole("button", { name: "受理所选（1）" })).toBeEnabled();
});
