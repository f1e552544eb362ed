"use client";
// The toolbar editor for long bodies (政策法规, 公告公示, 任免, 岗位职责 …), built on Tiptap. Staff
// see headings, lists and tables as they will appear, never markup; 预览 shows the body as the
// public page renders it. The body travels in a hidden input named `name`, so the console's
// server actions read it like any field, and a refused form opens again with what was typed.
//
// Only the console's forms import this (through rich-text-field.tsx): the public pages render
// stored bodies on the server and load none of this code.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { bodyToEditorHtml } from "@/lib/markdown/body-format";
import { bodyTextLength } from "@/lib/markdown/body-text";
import { cleanPastedHtml } from "./paste-cleanup";
import { compactEditorHtml } from "./output";

interface RichTextEditorProps {
  /** The form field the body is sent as. */
  name: string;
  /** The stored body (HTML, or Markdown from before the editor) or the value a refused form sent back. */
  defaultValue?: string;
  /** The id of the element that names the field (its label). */
  labelId: string;
  /** The ids of the field's hint and error texts, when shown. */
  hintId?: string;
  errorId?: string;
  required?: boolean;
  /** The most characters of text allowed (the server checks the same). */
  maxLength?: number;
}

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;

// Tab moves between table cells, but the last cell (or Shift+Tab in the first) lets focus leave
// the editor as it does everywhere else, instead of adding rows without end (no keyboard trap).
const TableWithTabExit = Table.extend({
  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      Tab: () => this.editor.commands.goToNextCell(),
      "Shift-Tab": () => this.editor.commands.goToPreviousCell(),
    };
  },
});

/** The editor's extensions: exactly what a body may hold on the public pages. */
function editorExtensions() {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      underline: false, // not on the pages' allowlist
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["mailto", "tel"],
        isAllowedUri: (url) => SAFE_LINK.test(url.trim()),
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    TableWithTabExit.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
  ];
}

export function RichTextEditor({ name, defaultValue = "", labelId, hintId, errorId, required, maxLength }: RichTextEditorProps) {
  const t = useTranslations("editor");
  const uid = useId();
  const [initial] = useState(() => (defaultValue.trim() ? bodyToEditorHtml(defaultValue) : ""));
  // What the hidden input sends: the initial body until the editor has loaded and been edited.
  const [html, setHtml] = useState(initial);
  const [extensions] = useState(editorExtensions);
  const [mode, setMode] = useState<"edit" | "preview">("edit");
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const editor = useEditor({
    extensions,
    content: initial,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(required ? { "aria-required": "true" } : {}),
        "aria-invalid": errorId ? "true" : "false",
        class:
          "prose-cn min-h-48 [&_li>p]:my-0 [&_td>p]:my-0 [&_th>p]:my-0 [&_.selectedCell]:bg-blue-50 max-h-[70vh] overflow-y-auto rounded-b-md border border-stone-400 bg-white px-3 py-2 text-base focus:border-blue-700 focus:outline-none focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-[invalid=true]:border-brand-600",
      },
      transformPastedHTML: cleanPastedHtml,
    },
    // From the start the form sends what the editor shows (an old Markdown body as HTML).
    onCreate: ({ editor: e }) => setHtml(compactEditorHtml(e.getHTML(), e.isEmpty)),
    onUpdate: ({ editor: e }) => setHtml(compactEditorHtml(e.getHTML(), e.isEmpty)),
  });

  // A refused form sends back what was typed: the editor already shows it. Anything else (the
  // form re-used for another record) replaces the content.
  const last = useRef(defaultValue);
  useEffect(() => {
    if (!editor || defaultValue === last.current) return;
    last.current = defaultValue;
    const next = defaultValue.trim() ? bodyToEditorHtml(defaultValue) : "";
    if (next !== compactEditorHtml(editor.getHTML(), editor.isEmpty)) {
      editor.commands.setContent(next, { emitUpdate: true });
    }
  }, [editor, defaultValue]);

  const count = bodyTextLength(html);
  const over = maxLength !== undefined && count > maxLength;
  return (
    <div className="space-y-2">
      <div role="group" aria-label={t("modes")} className="flex gap-1">
        {(["edit", "preview"] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
            className={`min-h-10 rounded-md border px-3 py-1 text-sm font-medium ${mode === m ? "border-blue-800 bg-blue-50 text-blue-900" : "border-stone-300 bg-white text-ink hover:bg-stone-100"}`}
          >
            {t(m)}
          </button>
        ))}
      </div>
      <div hidden={mode !== "edit"}>
        {editor ? (
          <Toolbar editor={editor} uid={uid} />
        ) : (
          <p className="rounded-t-md border border-b-0 border-stone-300 bg-stone-50 px-3 py-2 text-sm text-muted">{t("loading")}</p>
        )}
        <EditorContent editor={editor} />
      </div>
      {mode === "preview" && (
        <div className="rounded-md border-2 border-dashed border-stone-300 p-3 sm:p-4">
          <p className="mb-2 text-sm text-muted">{t("previewNote")}</p>
          {html ? (
            <div className="prose-cn break-words" dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <p className="text-muted">{t("previewEmpty")}</p>
          )}
        </div>
      )}
      <p className={`text-sm ${over ? "font-medium text-brand-700" : "text-muted"}`}>
        {maxLength !== undefined ? t("countMax", { count, max: maxLength }) : t("count", { count })}
      </p>
      <input type="hidden" name={name} value={html} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function Toolbar({ editor, uid }: { editor: Editor; uid: string }) {
  const t = useTranslations("editor");
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      ordered: e.isActive("orderedList"),
      bullet: e.isActive("bulletList"),
      inTable: e.isActive("table"),
      link: e.isActive("link"),
      href: (e.getAttributes("link").href as string | undefined) ?? "",
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      canBold: e.can().toggleBold(),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const run = () => editor.chain().focus();
  return (
    <div className="rounded-t-md border border-b-0 border-stone-300 bg-stone-50 p-1.5">
      <div role="toolbar" aria-label={t("toolbar")} className="flex flex-wrap gap-1">
        <ToolButton label={t("heading2")} pressed={s.h2} onClick={() => run().toggleHeading({ level: 2 }).run()}>
          {t("heading2")}
        </ToolButton>
        <ToolButton label={t("heading3")} pressed={s.h3} onClick={() => run().toggleHeading({ level: 3 }).run()}>
          {t("heading3")}
        </ToolButton>
        <ToolButton label={t("bold")} pressed={s.bold} disabled={!s.canBold} onClick={() => run().toggleBold().run()}>
          <strong>{t("bold")}</strong>
        </ToolButton>
        <ToolButton label={t("orderedList")} pressed={s.ordered} onClick={() => run().toggleOrderedList().run()}>
          {t("orderedList")}
        </ToolButton>
        <ToolButton label={t("bulletList")} pressed={s.bullet} onClick={() => run().toggleBulletList().run()}>
          {t("bulletList")}
        </ToolButton>
        <ToolButton
          label={t("table")}
          disabled={s.inTable}
          onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          {t("table")}
        </ToolButton>
        <ToolButton label={t("link")} pressed={s.link} expanded={linkOpen} controls={`${uid}-link`} onClick={() => setLinkOpen((o) => !o)}>
          {t("link")}
        </ToolButton>
        <ToolButton label={t("undo")} disabled={!s.canUndo} onClick={() => run().undo().run()}>
          {t("undo")}
        </ToolButton>
        <ToolButton label={t("redo")} disabled={!s.canRedo} onClick={() => run().redo().run()}>
          {t("redo")}
        </ToolButton>
      </div>
      {s.inTable && (
        <div role="toolbar" aria-label={t("tableTools")} className="mt-1 flex flex-wrap gap-1 border-t border-stone-200 pt-1">
          <ToolButton label={t("addRow")} onClick={() => run().addRowAfter().run()}>
            {t("addRow")}
          </ToolButton>
          <ToolButton label={t("deleteRow")} onClick={() => run().deleteRow().run()}>
            {t("deleteRow")}
          </ToolButton>
          <ToolButton label={t("addColumn")} onClick={() => run().addColumnAfter().run()}>
            {t("addColumn")}
          </ToolButton>
          <ToolButton label={t("deleteColumn")} onClick={() => run().deleteColumn().run()}>
            {t("deleteColumn")}
          </ToolButton>
          <ToolButton label={t("deleteTable")} onClick={() => run().deleteTable().run()}>
            {t("deleteTable")}
          </ToolButton>
        </div>
      )}
      {linkOpen && <LinkPanel id={`${uid}-link`} editor={editor} href={s.href} close={() => setLinkOpen(false)} />}
    </div>
  );
}

function ToolButton({
  label,
  pressed,
  expanded,
  controls,
  disabled,
  onClick,
  children,
}: {
  label: string;
  pressed?: boolean;
  expanded?: boolean;
  controls?: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      disabled={disabled}
      // Keep the editor's selection: a mouse press on a button would otherwise take focus first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className={`min-h-10 rounded border px-2.5 py-1 text-sm whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50 ${
        pressed ? "border-blue-800 bg-blue-100 text-blue-900" : "border-stone-300 bg-white text-ink hover:bg-stone-100"
      }`}
    >
      {children}
    </button>
  );
}

/** The link's address, typed inline (no browser prompt); Enter applies it without sending the form. */
function LinkPanel({ id, editor, href, close }: { id: string; editor: Editor; href: string; close: () => void }) {
  const t = useTranslations("editor");
  const [value, setValue] = useState(href);
  const [invalid, setInvalid] = useState(false);
  const inputId = `${id}-input`;
  const apply = () => {
    let url = value.trim();
    if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && /^[\w-]+(\.[\w-]+)+/.test(url)) url = `https://${url}`;
    if (!SAFE_LINK.test(url)) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    } else {
      chain.setLink({ href: url }).run();
    }
    close();
  };
  return (
    <div id={id} className="mt-1 space-y-1 border-t border-stone-200 pt-2">
      <label htmlFor={inputId} className="block text-sm font-medium">
        {t("linkAddress")}
      </label>
      <input
        id={inputId}
        type="url"
        inputMode="url"
        autoFocus
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setInvalid(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            apply();
          } else if (e.key === "Escape") {
            e.preventDefault();
            close();
            editor.commands.focus();
          }
        }}
        aria-invalid={invalid}
        aria-describedby={`${inputId}-hint`}
        className="input"
      />
      <p id={`${inputId}-hint`} className={`text-sm ${invalid ? "font-medium text-brand-700" : "text-muted"}`}>
        {invalid ? t("linkInvalid") : t("linkHint")}
      </p>
      <div className="flex flex-wrap gap-1">
        <button type="button" className="btn-secondary min-h-10 px-3 py-1 text-sm" onClick={apply}>
          {t("linkApply")}
        </button>
        {href && (
          <button
            type="button"
            className="btn-secondary min-h-10 px-3 py-1 text-sm"
            onClick={() => {
              editor.chain().focus().extendMarkRange("link").unsetLink().run();
              close();
            }}
          >
            {t("linkRemove")}
          </button>
        )}
        <button
          type="button"
          className="btn-secondary min-h-10 px-3 py-1 text-sm"
          onClick={() => {
            close();
            editor.commands.focus();
          }}
        >
          {t("linkCancel")}
        </button>
      </div>
    </div>
  );
}
