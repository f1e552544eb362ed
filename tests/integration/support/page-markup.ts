// A page's markup for tests that care about more than its words: renderTree (page-mocks.ts) gives
// the text; this walks the same server tree but keeps the elements with their classes and a few
// attributes, and hands back a jsdom document to query. There is no layout in jsdom, so what a
// test can check is what the markup asks of the browser: a minimum width, a line that may not wrap,
// a link that is there or not. Import page-mocks first (it replaces what a request brings along).
import { JSDOM } from "jsdom";
import Link from "next/link";
import { IntentLink } from "@/components/ui/intent-link";

const KEPT = /^(className|href|id|role|scope|colSpan|download|data-[\w-]+|aria-[\w-]+|title|disabled)$/;
const VOID = new Set(["br", "hr", "img", "input", "meta", "link"]);
const HOOK_ERROR = /hook|reading 'use|resolveDispatcher|react-client|use-intl|node_modules\/react\//i;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function attrs(props: Record<string, unknown>): string {
  return Object.entries(props)
    .filter(([k, v]) => KEPT.test(k) && v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${k === "className" ? "class" : k === "colSpan" ? "colspan" : k}="${escape(String(v))}"`)
    .join("");
}

async function markup(node: unknown): Promise<string> {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return escape(String(node));
  if (Array.isArray(node)) return (await Promise.all(node.map(markup))).join("");
  if (typeof node !== "object" || !("props" in node)) return "";
  const el = node as { type: unknown; props: Record<string, unknown> };
  const children = () => markup(el.props.children);
  if (typeof el.type === "string") {
    if (el.type === "style" || el.type === "script") return "";
    if (VOID.has(el.type)) return `<${el.type}${attrs(el.props)}>`;
    return `<${el.type}${attrs(el.props)}>${await children()}</${el.type}>`;
  }
  if (el.type === Link || el.type === IntentLink) return `<a${attrs(el.props)}>${await children()}</a>`;
  if (typeof el.type === "function") {
    const fn = el.type as ((p: unknown) => unknown) & { displayName?: string };
    const name = fn.displayName ?? fn.name ?? "";
    try {
      return await markup(await fn(el.props));
    } catch (e) {
      if (!HOOK_ERROR.test(`${(e as Error)?.message}\n${(e as Error)?.stack}`)) throw e;
      // A client component: kept as an element named after it, its children rendered.
      return `<x-client data-name="${escape(name)}">${await children()}</x-client>`;
    }
  }
  // Fragments, providers and the like: their children.
  return children();
}

/** A page module's default export rendered with these props, as a queryable document. */
export async function renderPageMarkup(file: string, props: Record<string, unknown> = {}): Promise<Document> {
  const mod = (await import(file)) as { default: (p: unknown) => unknown };
  const html = await markup(await mod.default(props));
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** The widest `min-w-[Nrem]` / `min-w-[Npx]` an element or its ancestors ask for, in CSS pixels (16 px a rem). */
export function minWidthPx(el: Element): number {
  let widest = 0;
  for (let e: Element | null = el; e; e = e.parentElement) {
    for (const m of (e.getAttribute("class") ?? "").matchAll(/(?:^|\s)min-w-\[(\d+(?:\.\d+)?)(rem|px)\]/g)) {
      widest = Math.max(widest, Number(m[1]) * (m[2] === "rem" ? 16 : 1));
    }
  }
  return widest;
}
