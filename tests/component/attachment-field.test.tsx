// The case forms' file field: labelled, with the hint, the accepted types, the files chosen,
// an immediate word when there are too many or one is too large, and (after a refusal, which
// brings the form back without files) the request to choose them again.
import { fireEvent, screen } from "@testing-library/react";
import { AttachmentField } from "@/components/cases/attachment-field";
import { renderWithIntl } from "./render";

const file = (name: string, size: number) => new File([new Uint8Array(size)], name, { type: "image/png" });

function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
}

describe("AttachmentField", () => {
  it("is a labelled multiple file input with the hint and the accepted types", () => {
    renderWithIntl(<AttachmentField />);
    const input = screen.getByLabelText(/附件/) as HTMLInputElement;
    expect(input).toHaveAttribute("type", "file");
    expect(input).toHaveAttribute("name", "attachments");
    expect(input.multiple).toBe(true);
    expect(input.accept).toContain("application/pdf");
    expect(input.accept).toContain("image/png");
    expect(input).toHaveAccessibleDescription("可上传图片或 PDF，最多 3 个，每个不超过 5 MB。");
  });

  it("lists the chosen files and says at once when one is too large or there are too many", () => {
    renderWithIntl(<AttachmentField />);
    const input = screen.getByLabelText(/附件/) as HTMLInputElement;
    choose(input, [file("现场照片.png", 300_000), file("材料.pdf", 6 * 1024 * 1024)]);
    expect(screen.getByText("已选择 2 个文件：")).toBeInTheDocument();
    expect(screen.getByText("现场照片.png")).toBeInTheDocument();
    expect(screen.getByText(/每个附件不能超过 5 MB/)).toBeInTheDocument();
    expect(input).toHaveAttribute("aria-invalid", "true");
    choose(input, [file("a.png", 10), file("b.png", 10), file("c.png", 10), file("d.png", 10)]);
    expect(screen.getByText(/最多可上传 3 个附件/)).toBeInTheDocument();
  });

  it("after a refusal shows the server's words and asks for the files again", () => {
    renderWithIntl(<AttachmentField refused errors={["cases.errors.attachments.type"]} />);
    const input = screen.getByLabelText(/附件/);
    expect(screen.getByText(/请重新选择附件后再提交/)).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(expect.stringContaining("只能是图片"));
    expect(input).toHaveAttribute("aria-invalid", "true");
  });

  it("has its words in English too", () => {
    renderWithIntl(<AttachmentField />, "en");
    expect(screen.getByLabelText(/Attachments/)).toHaveAccessibleDescription("Images or PDF, at most 3 files of up to 5 MB each.");
  });
});
