import { listRoutes, noStaticParams } from "@/components/boards/lists/list-routes";
import { NoticeList, noticeListMetadata } from "@/components/boards/lists/notice-list";

// /notices with filters or a page number (proxy.ts puts the query here): cached per combination.
const routes = listRoutes(NoticeList, noticeListMetadata);
export const generateStaticParams = noStaticParams;
export const generateMetadata = routes.generateMetadata;
export default routes.cachedQuery;
