import { messages } from '../../lib/i18n/messages.ts';
import { sumValues, type ChartBar, type ChartSeries } from './overview-series.ts';

export interface ChartTableProps {
  title: string;
  rowHeader: string;
  series: readonly ChartSeries[];
  bars: readonly ChartBar[];
  format: (value: number) => string;
}

/** A stacked chart's numbers: a row per bar, a column per series, totals at the end of both. */
export function ChartTable({ title, rowHeader, series, bars, format }: ChartTableProps) {
  const total = messages.overview.columns.total;
  return (
    <div className="chart-table">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {series.map((entry) => (
              <th key={entry.key} scope="col" className="numeric">
                {entry.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              {total}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.fullLabel}</th>
              {series.map((entry) => (
                <td key={entry.key} className="numeric">
                  {format(bar.values[entry.key] ?? 0)}
                </td>
              ))}
              <td className="numeric">{format(sumValues(bar))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{total}</th>
            {series.map((entry) => (
              <td key={entry.key} className="numeric">
                {format(bars.reduce((sum, bar) => sum + (bar.values[entry.key] ?? 0), 0))}
              </td>
            ))}
            <td className="numeric">{format(bars.reduce((sum, bar) => sum + sumValues(bar), 0))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
