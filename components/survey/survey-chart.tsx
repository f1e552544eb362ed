"use client";
// A results chart drawn with ECharts, loaded with import() when it mounts (the console's chunk,
// components/console-home/echarts-setup.ts: bars, a line, grid and tooltip). An image to
// assistive technology (role="img" with the summary as its name); the numbers are in the table
// beside it. It follows its box's width (390 px phones included).
import { useEffect, useRef, useState } from "react";

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
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let disposed = false;
    let dispose = () => {};
    void import("../console-home/echarts-setup").then(({ init }) => {
      if (disposed) return;
      const chart = init(el, undefined, { renderer: "svg" });
      chart.setOption({
        animation: false,
        aria: { enabled: false },
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
      });
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(el);
      dispose = () => {
        resize.disconnect();
        chart.dispose();
      };
      setDrawn(true);
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [kind, labels, values, percent]);
  return (
    <div role="img" aria-label={summary} className="relative h-56 w-full min-w-0 overflow-hidden" data-testid="survey-chart">
      <div ref={box} className="absolute inset-0" />
      {!drawn && <p className="py-16 text-center text-sm text-muted">{loading}</p>}
    </div>
  );
}
