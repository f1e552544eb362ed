import { setLocale } from "@/app/locale-actions";

export function LocaleSwitcher({ label }: { label: string }) {
  return (
    <form action={setLocale}>
      <button
        type="submit"
        className="rounded border border-white/60 px-2 py-0.5 hover:bg-white/10"
        lang={label === "English" ? "en" : "zh-CN"}
      >
        {label}
      </button>
    </form>
  );
}
