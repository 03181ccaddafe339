import { messages } from '../../lib/i18n/messages.ts';
import { niceScale } from './chart-scale.ts';
import { ChartPatternMarks } from './chart-swatch.tsx';
import { sumValues, type ChartBar, type ChartSeries } from './overview-series.ts';
import { useElementWidth } from './use-element-width.ts';

export interface StackedBarChartProps {
  series: readonly ChartSeries[];
  bars: readonly ChartBar[];
  /** For a bar's tooltip. */
  formatValue: (value: number) => string;
  /** For the value axis (may be shorter: "1.2K kr"). */
  formatTick: (value: number) => string;
  wholeNumbers?: boolean;
}

const HEIGHT = 220;
const TOP = 10;
const BOTTOM = 26;
const RIGHT = 6;
/** About the width of an axis label ("30 Oct") at the chart's font size, with a gap. */
const LABEL_WIDTH = 48;

/**
 * Vertical bars, one per day, each stacked from its series' values in series order. Drawn by hand
 * in SVG (a chart library would cost more than this file); the figure around it carries the
 * caption, the legend and the data table, so the drawing itself is hidden from screen readers.
 */
export function StackedBarChart({ series, bars, formatValue, formatTick, wholeNumbers = false }: StackedBarChartProps) {
  const [ref, width] = useElementWidth();
  const ticks = niceScale(Math.max(0, ...bars.map(sumValues)), 5, wholeNumbers);
  const top = ticks.at(-1) ?? 1;
  const left = Math.max(28, ...ticks.map((tick) => formatTick(tick).length * 6.5 + 8));
  const plotWidth = Math.max(0, width - left - RIGHT);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = bars.length > 0 ? plotWidth / bars.length : 0;
  const barWidth = Math.max(1, slot * 0.72);
  const labelEvery = Math.max(1, Math.ceil(LABEL_WIDTH / Math.max(slot, 1)));
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;

  return (
    <div ref={ref} className="chart">
      {width > 0 ? (
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" className="chart__svg">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={left} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} className="chart__grid" />
              <text x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="chart__tick">
                {formatTick(tick)}
              </text>
            </g>
          ))}
          {bars.map((bar, index) => {
            const x = left + index * slot + (slot - barWidth) / 2;
            let base = 0;
            const parts = series.filter((entry) => (bar.values[entry.key] ?? 0) > 0);
            return (
              <g key={bar.key}>
                <title>{messages.overview.barTitle(bar.fullLabel, parts.map((entry) => `${entry.label} ${formatValue(bar.values[entry.key] ?? 0)}`).join(', ') || formatValue(0))}</title>
                {/* A full-height target, so the tooltip shows on a short bar too. */}
                <rect x={left + index * slot} y={TOP} width={slot} height={plotHeight} className="chart__hit" />
                {parts.map((entry) => {
                  const value = bar.values[entry.key] ?? 0;
                  const y1 = y(base + value);
                  const height = y(base) - y1;
                  base += value;
                  return (
                    <g key={entry.key}>
                      <rect x={x} y={y1} width={barWidth} height={height} className={`chart-fill chart-fill--${entry.tone} chart__segment`} />
                      <ChartPatternMarks pattern={entry.pattern} x={x} y={y1} width={barWidth} height={height} />
                    </g>
                  );
                })}
                {index % labelEvery === 0 ? (
                  <text x={left + index * slot + slot / 2} y={HEIGHT - 8} textAnchor="middle" className="chart__tick">
                    {bar.label}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line x1={left} x2={width - RIGHT} y1={y(0)} y2={y(0)} className="chart__axis" />
        </svg>
      ) : (
        <div className="chart__placeholder" />
      )}
    </div>
  );
}
