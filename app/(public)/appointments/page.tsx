import { SectionPlaceholder } from "@/components/layout/section-placeholder";

export default function Page() {
  return <SectionPlaceholder navKey="appointments" />;
}
