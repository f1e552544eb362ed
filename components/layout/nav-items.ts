// The six sections of the platform, in the article's order.
export const SECTIONS = [
  { key: "policies", href: "/policies" },
  { key: "vacancies", href: "/vacancies" },
  { key: "nominations", href: "/nominate" },
  { key: "notices", href: "/notices" },
  { key: "appointments", href: "/appointments" },
  { key: "messages", href: "/messages" },
] as const;
