import { listRoutes, noStaticParams } from "@/components/boards/lists/list-routes";
import { VacancyList, vacancyListMetadata } from "@/components/boards/lists/vacancy-list";

// /vacancies with filters or a page number (proxy.ts puts the query here): cached per combination.
const routes = listRoutes(VacancyList, vacancyListMetadata);
export const generateStaticParams = noStaticParams;
export const generateMetadata = routes.generateMetadata;
export default routes.cachedQuery;
