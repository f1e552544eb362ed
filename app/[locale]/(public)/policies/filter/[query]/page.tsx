import { listRoutes, noStaticParams } from "@/components/boards/lists/list-routes";
import { PolicyList, policyListMetadata } from "@/components/boards/lists/policy-list";

// /policies with filters or a page number (proxy.ts puts the query here): cached per combination.
const routes = listRoutes(PolicyList, policyListMetadata);
export const generateStaticParams = noStaticParams;
export const generateMetadata = routes.generateMetadata;
export default routes.cachedQuery;
