"use client";
// One console chart drawn with ECharts. ECharts is fetched with import() when the chart mounts,
// so only the console home downloads it. The drawing is an image to assistive technology
// (role="img" with the summary as its name); the numbers themselves are in the ChartTable
// beside it. It follows its box's width (390 px phones included).
import { useMemo } from "react";
import { ChartBox } from "../charts/chart-box";

export interface TrendPoint {
  /** The axis label ("12月2日"). */
  label: string;
  count: number;
}

const BRAND = "#9a1c15";

export function TrendChart({
  points,
  kind,
  series,
  summary,
  loading,
}: {
  points: TrendPoint[];
  kind: "bar" | "line";
  series: string;
  summary: string;
  loading: string;
}) {
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 12, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: {
        type: "category",
        data: points.map((p) => p.label),
        axisLabel: { hideOverlap: true, color: "#57534e" },
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: "#57534e" } },
      series: [
        kind === "bar"
          ? { type: "bar", name: series, data: points.map((p) => p.count), itemStyle: { color: BRAND } }
          : {
              type: "line",
              name: series,
              data: points.map((p) => p.count),
              itemStyle: { color: BRAND },
              lineStyle: { color: BRAND },
              areaStyle: { opacity: 0.08 },
            },
      ],
    }),
    [points, kind, series],
  );
  return <ChartBox option={option} summary={summary} loading={loading} heightClass="h-60" testId="trend-chart" />;
}
