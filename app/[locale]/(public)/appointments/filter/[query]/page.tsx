import { listRoutes, noStaticParams } from "@/components/boards/lists/list-routes";
import { AppointmentList, appointmentListMetadata } from "@/components/boards/lists/appointment-list";

// /appointments with filters or a page number (proxy.ts puts the query here): cached per combination.
const routes = listRoutes(AppointmentList, appointmentListMetadata);
export const generateStaticParams = noStaticParams;
export const generateMetadata = routes.generateMetadata;
export default routes.cachedQuery;
