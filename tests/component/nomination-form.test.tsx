import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { z } from "zod";
import { NominationForm } from "@/components/nominations/nomination-form";
import { parseNominationForm } from "@/lib/validation/nomination";
import { normalizeForm, readForm } from "@/lib/actions/form-input";
import type { ActionState } from "@/lib/validation/common";
import { renderWithIntl } from "./render";

// The form runs against the real parser, as the server action does (minus the database).
async function validatingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const read = readForm(form);
  const values = read.ok ? normalizeForm(read.values) : {};
  const parsed = parseNominationForm(values.kind === "OPEN" ? "OPEN" : "TARGETED", values);
  if (parsed.success) return { ok: true, message: "nominations.form.successTitle" };
  return { errors: z.flattenError(parsed.error).fieldErrors as ActionState["errors"], message: "errors.invalid", values };
}

const profile = { realName: "张伟", gender: "M", birthDate: "1983-11-08", workUnit: "舟山市普陀区农林水利局", position: "办公室主任" };
const conditions = { maxAge: 40, minEducation: "BACHELOR", requiredLevel: "SECTION", minYearsAtLevel: 3 };

describe("nomination form", () => {
  it("has a labelled control for every field and the five appraisal headings", () => {
    renderWithIntl(
      <NominationForm action={validatingAction} kind="TARGETED" self={false} vacancyId="v1" conditions={conditions} profile={profile} />,
    );
    for (const label of [
      "姓名",
      "性别",
      "出生日期",
      "工作单位",
      "现任职务",
      "现职级",
      "任现职级年限",
      "学历",
      "联系电话",
      "您与被推荐人的关系",
      "德",
      "能",
      "勤",
      "绩",
      "廉",
      "请输入您的真实姓名以签名",
    ]) {
      expect(screen.getByLabelText(new RegExp(`^${label}`))).toBeInTheDocument();
    }
  });

  it("warns, as the nominator types, about conditions the nominee may not meet", async () => {
    const user = userEvent.setup();
    renderWithIntl(
      <NominationForm action={validatingAction} kind="TARGETED" self={false} vacancyId="v1" conditions={conditions} profile={profile} />,
    );
    await user.type(screen.getByLabelText(/^出生日期/), "1975-01-01");
    await user.selectOptions(screen.getByLabelText(/^现职级/), "SECTION");
    await user.type(screen.getByLabelText(/^任现职级年限/), "2");
    await user.selectOptions(screen.getByLabelText(/^学历/), "JUNIOR_COLLEGE");
    const panel = screen.getByTestId("precheck");
    await waitFor(() => expect(panel).toHaveTextContent("可能不符合"));
    expect(panel).toHaveTextContent(/超过岗位要求的 40 周岁/);
    expect(panel).toHaveTextContent("学历为大学专科，低于岗位要求的大学本科");
    expect(panel).toHaveTextContent("任现职级 2 年，不足岗位要求的 3 年");
    await user.selectOptions(screen.getByLabelText(/^学历/), "MASTER");
    await waitFor(() => expect(panel).not.toHaveTextContent("学历为"));
  });

  it("self-nomination shows the verified identity instead of editable name, gender and birth date", () => {
    renderWithIntl(<NominationForm action={validatingAction} kind="OPEN" self profile={profile} />);
    expect(screen.queryByLabelText(/^姓名/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^出生日期/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^您与被推荐人的关系/)).not.toBeInTheDocument();
    expect(screen.getByTestId("self-identity")).toHaveTextContent("张伟");
    expect(screen.getByTestId("self-identity")).toHaveTextContent("出生日期1983年11月");
    expect(screen.getByLabelText(/^工作单位/)).toHaveValue("舟山市普陀区农林水利局");
    expect(screen.getByLabelText(/^适合的岗位类别或领域/)).toBeInTheDocument();
  });

  it("shows Chinese field errors and keeps what was typed", async () => {
    const user = userEvent.setup();
    renderWithIntl(
      <NominationForm action={validatingAction} kind="TARGETED" self={false} vacancyId="v1" conditions={conditions} profile={profile} />,
    );
    await user.type(screen.getByLabelText(/^姓名/), "贺恩盛");
    await user.type(screen.getByLabelText(/^德/), "很好");
    await user.click(screen.getByRole("button", { name: "提交推荐" }));
    await waitFor(() => expect(screen.getByText("请至少写 10 个字，具体说明推荐理由")).toBeInTheDocument());
    expect(screen.getAllByText("此项为必填项").length).toBeGreaterThan(5);
    expect(screen.getByLabelText(/^姓名/)).toHaveValue("贺恩盛");
    expect(screen.getByLabelText(/^德/)).toHaveAttribute("aria-invalid", "true");
  });
});
