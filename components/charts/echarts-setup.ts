// Only the parts of ECharts the site's charts use (bars, lines, grid, tooltip, legend, the SVG
// renderer). Imported with import() by chart-box.tsx only, when a chart mounts: the pages with a
// chart (console home, survey results, 公开数据) download it, the home page and the boards never.
import { init, use as register } from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

register([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
