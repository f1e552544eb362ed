// The selection loop's client forms: the 任免 form's 公示对象 fills the person's name, post, unit
// and links (still editable), and 试用期 is a checkbox; each row's button names the person it acts on.
import { fireEvent, screen } from "@testing-library/react";
import { AppointmentForm } from "@/components/admin-boards/appointment-form";
import { ProbationAssessForm } from "@/components/loop/probation-assess-form";
import { LoopForm } from "@/components/loop/loop-form";
import { renderWithIntl } from "./render";

const noop = async () => ({});

test("choosing a person of an ended 公示 fills the form", () => {
  renderWithIntl(
    <AppointmentForm
      action={noop}
      vacancies={[{ id: "v1", label: "副局长（舟山市海洋经济发展局）" }]}
      notices={[{ id: "n1", label: "关于舟山市海洋经济发展局副局长拟任人选的任职前公示" }]}
      persons={[
        {
          id: "e1",
          name: "林晓东",
          noticeTitle: "关于舟山市海洋经济发展局副局长拟任人选的任职前公示",
          post: "副局长",
          unit: "舟山市海洋经济发展局",
          vacancyId: "v1",
          noticeId: "n1",
        },
      ]}
      initial={{ kind: "APPOINT" }}
    />,
  );
  fireEvent.change(screen.getByLabelText(/公示对象/), { target: { value: "e1" } });
  expect(screen.getByLabelText(/^姓名/)).toHaveValue("林晓东");
  expect(screen.getByLabelText(/^职务/)).toHaveValue("副局长");
  expect(screen.getByLabelText(/^单位/)).toHaveValue("舟山市海洋经济发展局");
  expect(screen.getByLabelText(/^对应空缺岗位/)).toHaveValue("v1");
  expect(screen.getByRole("checkbox", { name: "实行试用期" })).not.toBeChecked();
});

test("buttons name the person they act on", () => {
  renderWithIntl(
    <>
      <ProbationAssessForm action={noop} id="a1" name="林晓东" results={[{ value: "COMPETENT", label: "胜任" }]} />
      <LoopForm action={noop} hidden={{ entryId: "e1" }} submitLabel="记录为“无异议”" ariaLabel="将林晓东的公示结果记录为“无异议”" />
    </>,
  );
  expect(screen.getByRole("button", { name: "记录考核结果（林晓东）" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "将林晓东的公示结果记录为“无异议”" })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "考核意见" })).toBeRequired();
});
