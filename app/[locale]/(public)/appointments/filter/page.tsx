import { listRoutes } from "@/components/boards/lists/list-routes";
import { AppointmentList, appointmentListMetadata } from "@/components/boards/lists/appointment-list";

// /appointments?q=… (a free-text search; proxy.ts sends it here): rendered per request.
export const dynamic = "force-dynamic";

const routes = listRoutes(AppointmentList, appointmentListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.filtered;
