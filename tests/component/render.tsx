import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import { catalogs } from "@/messages";

export function renderWithIntl(ui: React.ReactElement, locale: "zh-CN" | "en" = "zh-CN") {
  return render(
    <NextIntlClientProvider locale={locale} messages={catalogs[locale]} timeZone="Asia/Shanghai">
      {ui}
    </NextIntlClientProvider>,
  );
}
