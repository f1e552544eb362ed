// Only the parts of ECharts the statistics charts use (bars, lines, grid, tooltip, legend, the
// SVG renderer). Imported with import() by year-chart.tsx only, so the home page and the boards
// never download ECharts.
import { init, use as register } from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

register([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
