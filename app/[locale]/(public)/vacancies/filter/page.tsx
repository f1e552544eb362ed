import { listRoutes } from "@/components/boards/lists/list-routes";
import { VacancyList, vacancyListMetadata } from "@/components/boards/lists/vacancy-list";

// /vacancies with filters or a page number (proxy.ts sends them here): rendered per request.
export const dynamic = "force-dynamic";

const routes = listRoutes(VacancyList, vacancyListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.filtered;
