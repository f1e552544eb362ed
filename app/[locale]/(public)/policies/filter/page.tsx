import { listRoutes } from "@/components/boards/lists/list-routes";
import { PolicyList, policyListMetadata } from "@/components/boards/lists/policy-list";

// /policies?q=… (a free-text search; proxy.ts sends it here): rendered per request.
export const dynamic = "force-dynamic";

const routes = listRoutes(PolicyList, policyListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.filtered;
