import { listRoutes } from "@/components/boards/lists/list-routes";
import { AppointmentList, appointmentListMetadata } from "@/components/boards/lists/appointment-list";

// The unfiltered first page: rendered once per language and cached.
const routes = listRoutes(AppointmentList, appointmentListMetadata);
export const generateMetadata = routes.generateMetadata;
export default routes.cached;
