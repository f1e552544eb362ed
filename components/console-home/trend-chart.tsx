"use client";
// One console chart drawn with ECharts. ECharts is fetched with import() when the chart mounts,
// so only the console home downloads it. The drawing is an image to assistive technology
// (role="img" with the summary as its name); the numbers themselves are in the ChartTable
// beside it. It follows its box's width (390 px phones included).
import { useEffect, useRef, useState } from "react";

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
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let disposed = false;
    let dispose = () => {};
    void import("./echarts-setup").then(({ init }) => {
      if (disposed) return;
      const chart = init(el, undefined, { renderer: "svg" });
      chart.setOption({
        animation: false,
        aria: { enabled: false },
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
  }, [points, kind, series]);
  return (
    <div role="img" aria-label={summary} className="relative h-60 w-full min-w-0 overflow-hidden" data-testid="trend-chart">
      {/* ECharts owns this box's content; React never renders into it. */}
      <div ref={box} className="absolute inset-0" />
      {!drawn && <p className="py-16 text-center text-sm text-muted">{loading}</p>}
    </div>
  );
}
