"use client";
// A survey results chart: people per choice (bars) or a rate per year (line), drawn by ChartBox
// (ECharts, loaded when it mounts); the numbers are in the table beside it.
import { useMemo } from "react";
import { ChartBox } from "../charts/chart-box";

const BRAND = "#9a1c15";
const CHOICE_COLOURS = ["#166534", "#65a30d", BRAND, "#a8a29e"];

export function SurveyChart({
  kind,
  labels,
  values,
  summary,
  loading,
  percent,
}: {
  /** bars: people per choice; line: a rate per year (0–100). */
  kind: "bar" | "line";
  labels: string[];
  values: (number | null)[];
  summary: string;
  loading: string;
  percent?: boolean;
}) {
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 12, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: percent ? (v: unknown) => (v == null ? "—" : `${v}%`) : undefined },
      xAxis: { type: "category", data: labels, axisLabel: { color: "#57534e", hideOverlap: true }, axisTick: { alignWithLabel: true } },
      yAxis: percent
        ? { type: "value", min: 0, max: 100, axisLabel: { color: "#57534e", formatter: "{value}%" } }
        : { type: "value", minInterval: 1, axisLabel: { color: "#57534e" } },
      series: [
        kind === "bar"
          ? {
              type: "bar",
              data: values.map((v, i) => ({ value: v, itemStyle: { color: CHOICE_COLOURS[i % CHOICE_COLOURS.length] } })),
              label: { show: true, position: "top", color: "#292524" },
            }
          : {
              type: "line",
              data: values,
              connectNulls: false,
              itemStyle: { color: BRAND },
              lineStyle: { color: BRAND },
              label: { show: true, formatter: "{c}%", color: "#292524" },
            },
      ],
    }),
    [kind, labels, values, percent],
  );
  return <ChartBox option={option} summary={summary} loading={loading} heightClass="h-56" testId="survey-chart" />;
}
