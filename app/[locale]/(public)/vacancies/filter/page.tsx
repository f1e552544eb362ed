import { listRoutes } from "@/components/boards/lists/list-routes";
import { VacancyList, vacancyListMetadata } from "@/components/boards/lists/vacancy-list";

// /vacancies?q=… (a free-text search; proxy.ts sends it here): rendered per request.
export const dynamic = "force-dynamic";

const routes = listRoutes(VacancyList, vacancyListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.filtered;
