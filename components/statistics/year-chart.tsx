"use client";
// One statistics chart: figures per year, drawn by ECharts, which is fetched with import() when
// the chart mounts (only the statistics page loads it). To assistive technology the drawing is
// one image named by its summary; the figures themselves are in the page's tables, rendered on
// the server, which are the chart's text alternative. It follows its box's width (390 px too).
import { useMemo } from "react";
import { ChartBox } from "../charts/chart-box";

interface ChartSeries {
  name: string;
  data: number[];
}

const COLORS = ["#9a1c15", "#b45309", "#57534e", "#0f766e"];

export function YearChart({
  years,
  series,
  kind,
  summary,
  loading,
}: {
  years: string[];
  series: ChartSeries[];
  kind: "bar" | "line";
  summary: string;
  loading: string;
}) {
  const option = useMemo(
    () => ({
      color: COLORS,
      legend: series.length > 1 ? { top: 0, textStyle: { color: "#44403c" } } : undefined,
      grid: { left: 8, right: 12, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: years, axisLabel: { color: "#57534e" }, axisTick: { alignWithLabel: true } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: "#57534e" } },
      series: series.map((s) => ({
        type: kind,
        name: s.name,
        data: s.data,
        ...(kind === "line" ? { areaStyle: { opacity: 0.08 } } : {}),
      })),
    }),
    [years, series, kind],
  );
  return <ChartBox option={option} summary={summary} loading={loading} heightClass="h-64" testId="statistics-chart" />;
}
