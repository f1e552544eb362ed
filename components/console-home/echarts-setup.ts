// Only the parts of ECharts the console's charts use (bars, a line, the grid and tooltip, the
// SVG renderer), so the chunk the console home loads stays small. Imported with import() by
// trend-chart.tsx only: no other page's bundle contains ECharts.
import { init, use as register } from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

register([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

export { init };
