"use client";
// One ECharts drawing for the console home, the survey results and 公开数据. ECharts is fetched
// with import() when the chart mounts, so only pages with a chart download it. The drawing is an
// image to assistive technology (role="img" named by its summary); the figures themselves are in a
// table beside it, rendered on the server. It follows its box's width (390 px phones included).
// `option` is ECharts' option object; keep it stable (useMemo), a new one draws the chart again.
import { useEffect, useRef, useState } from "react";

export function ChartBox({
  option,
  summary,
  loading,
  heightClass,
  testId,
}: {
  option: Record<string, unknown>;
  summary: string;
  loading: string;
  /** Tailwind height of the drawing, e.g. "h-60". */
  heightClass: string;
  testId: string;
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
      chart.setOption({ animation: false, aria: { enabled: false }, ...option });
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
  }, [option]);
  return (
    <div role="img" aria-label={summary} className={`relative ${heightClass} w-full min-w-0 overflow-hidden`} data-testid={testId}>
      {/* ECharts owns this box's content; React never renders into it. */}
      <div ref={box} className="absolute inset-0" />
      {!drawn && <p className="py-16 text-center text-sm text-muted">{loading}</p>}
    </div>
  );
}
