import { listRoutes } from "@/components/boards/lists/list-routes";
import { VacancyList, vacancyListMetadata } from "@/components/boards/lists/vacancy-list";

// The unfiltered first page: rendered once per language and cached.
const routes = listRoutes(VacancyList, vacancyListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.cached;
