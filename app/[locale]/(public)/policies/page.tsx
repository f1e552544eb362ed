import { listRoutes } from "@/components/boards/lists/list-routes";
import { PolicyList, policyListMetadata } from "@/components/boards/lists/policy-list";

// The unfiltered first page: rendered once per language and cached.
const routes = listRoutes(PolicyList, policyListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.cached;
