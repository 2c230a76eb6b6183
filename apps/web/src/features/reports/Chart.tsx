import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
}

interface ChartProps {
  kind: 'bars' | 'lines';
  /** One label per point (unit names, week starts). */
  labels: string[];
  series: ChartSeries[];
  height?: number;
}

/**
 * A uPlot chart that follows its container's width (a phone at 360 px, a tablet, a desktop). It is decoration for
 * sighted readers: each chart on the page has a table with the same figures for screen readers (aria-hidden here).
 */
/** A label that fits under a bar: "Tổ công nghệ số cộng đồng Phường Ba Đình" → "…Phường Ba Đình". */
function short(label: string): string {
  return label.length <= 16 ? label : `…${label.slice(-15)}`;
}

export default function Chart({ kind, labels, series, height = 240 }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    const bars = kind === 'bars' ? uPlot.paths.bars!({ size: [0.7, 48], gap: 2 }) : undefined;
    const options: uPlot.Options = {
      width: Math.max(280, target.clientWidth),
      height,
      legend: { show: true, live: false },
      cursor: { show: kind === 'lines', drag: { x: false, y: false } },
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
      axes: [
        {
          values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? short(labels[i] ?? '') : '')),
          // Unit names are long: slanted on bars; week dates need room between ticks on a phone.
          rotate: kind === 'bars' && labels.length > 1 ? -40 : 0,
          size: kind === 'bars' && labels.length > 1 ? 96 : 40,
          space: kind === 'bars' ? 16 : 72,
          incrs: [1, 2, 4, 8, 13, 26, 52],
          gap: 4,
        },
        { size: 48 },
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          fill: kind === 'bars' ? s.color : undefined,
          width: kind === 'bars' ? 0 : 2,
          paths: bars,
          points: { show: kind === 'lines' && labels.length < 30 },
        })),
      ],
    };
    const data: uPlot.AlignedData = [labels.map((_, i) => i), ...series.map((s) => s.values)];
    const plot = new uPlot(options, data, target);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, target.clientWidth), height }));
    resize.observe(target);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [kind, labels, series, height]);
  return <div ref={box} className="report-chart" aria-hidden="true" />;
}
