import { listRoutes } from "@/components/boards/lists/list-routes";
import { NoticeList, noticeListMetadata } from "@/components/boards/lists/notice-list";

// /notices?q=… (a free-text search; proxy.ts sends it here): rendered per request.
export const dynamic = "force-dynamic";

const routes = listRoutes(NoticeList, noticeListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.filtered;
