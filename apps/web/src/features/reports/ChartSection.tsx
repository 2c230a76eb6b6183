import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { ChartSeries } from './Chart.js';

// uPlot is fetched with the first chart, not with the page's table and figures.
const Chart = lazy(() => import('./Chart.js'));

/** A chart that cannot draw (no canvas, its code failed to load offline) leaves the table, never a broken page. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A chart for sighted readers and, right under it, the same figures as a table (the chart is hidden from screen
 * readers; the table is in a disclosure so it does not lengthen the page on a phone, but it is always in the page).
 */
export function ChartSection(props: {
  id: string;
  title: string;
  kind: 'bars' | 'lines';
  labels: string[];
  series: ChartSeries[];
  tableLabel: string;
  table: ReactNode;
}) {
  return (
    <section className="panel report-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ChartBoundary>
        <Suspense fallback={<div className="report-chart" aria-hidden="true" />}>
          <Chart kind={props.kind} labels={props.labels} series={props.series} />
        </Suspense>
      </ChartBoundary>
      <details className="report-details">
        <summary>{props.tableLabel}</summary>
        {props.table}
      </details>
    </section>
  );
}
