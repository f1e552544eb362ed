import { listRoutes } from "@/components/boards/lists/list-routes";
import { NoticeList, noticeListMetadata } from "@/components/boards/lists/notice-list";

// The unfiltered first page: rendered once per language and cached.
const routes = listRoutes(NoticeList, noticeListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.cached;
