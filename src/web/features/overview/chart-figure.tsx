import { useId, useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { ChartSwatch } from './chart-swatch.tsx';
import type { ChartSeries } from './overview-series.ts';

export interface ChartFigureProps {
  title: string;
  /** What the chart shows, in a sentence with its total: the chart's text alternative. */
  caption: string;
  chart: ReactNode;
  /** Series named beside their colour and pattern, so colour is never the only key. */
  legend?: readonly ChartSeries[];
  /** The chart's numbers as a table, behind "Show data". */
  table: ReactNode;
}

/**
 * A chart with its text alternatives: a heading naming the figure, a caption saying what it shows,
 * a legend in words, and the same numbers as a table behind a disclosure button.
 */
export function ChartFigure({ title, caption, chart, legend, table }: ChartFigureProps) {
  const [showData, setShowData] = useState(false);
  const titleId = useId();
  const tableId = useId();
  const text = messages.overview;
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <h2 id={titleId} className="chart-figure__title">
        {title}
      </h2>
      <figcaption className="chart-figure__caption">{caption}</figcaption>
      {legend && legend.length > 0 ? (
        <ul className="chart-legend" aria-label={text.legend}>
          {legend.map((series) => (
            <li key={series.key} className="chart-legend__item">
              <ChartSwatch series={series} />
              {series.label}
            </li>
          ))}
        </ul>
      ) : null}
      {chart}
      <div className="chart-figure__data">
        <Button size="small" aria-expanded={showData} aria-controls={tableId} onClick={() => setShowData((shown) => !shown)}>
          {text.showData}
        </Button>
        <div id={tableId} className="chart-figure__table" hidden={!showData}>
          {table}
        </div>
      </div>
    </figure>
  );
}
