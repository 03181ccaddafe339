import { ChartPatternMarks } from './chart-swatch.tsx';
import type { ChartSeries } from './overview-series.ts';
import { useElementWidth } from './use-element-width.ts';

export interface HorizontalBar {
  key: string;
  label: string;
  value: number;
  /** Written at the bar's end ("12 400 kr · 3 checkouts"). */
  valueText: string;
  series: ChartSeries;
}

export interface HorizontalBarChartProps {
  bars: readonly HorizontalBar[];
}

const ROW = 34;
const BAR = 20;
const LABEL_GAP = 10;

/**
 * One horizontal bar per group, its name on the left and its value written at its end: readable
 * on a phone, where vertical bars would have no room for "15–30 days". Hidden from screen readers,
 * like the other chart: the figure's caption and data table say the same in words.
 */
export function HorizontalBarChart({ bars }: HorizontalBarChartProps) {
  const [ref, width] = useElementWidth();
  const labelWidth = Math.min(width * 0.4, Math.max(60, ...bars.map((bar) => bar.label.length * 7)));
  const valueWidth = Math.min(width * 0.4, Math.max(40, ...bars.map((bar) => bar.valueText.length * 7.6)));
  const plot = Math.max(0, width - labelWidth - LABEL_GAP - valueWidth - 8);
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW;

  return (
    <div ref={ref} className="chart">
      {width > 0 ? (
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" className="chart__svg">
          {bars.map((bar, index) => {
            const y = index * ROW + (ROW - BAR) / 2;
            const x = labelWidth + LABEL_GAP;
            const length = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot) : 0;
            return (
              <g key={bar.key}>
                <text x={labelWidth} y={y + BAR / 2} dy="0.32em" textAnchor="end" className="chart__label">
                  {bar.label}
                </text>
                <line x1={x} x2={x} y1={y - 4} y2={y + BAR + 4} className="chart__axis" />
                <rect x={x} y={y} width={length} height={BAR} rx="3" className={`chart-fill chart-fill--${bar.series.tone}`} />
                <ChartPatternMarks pattern={bar.series.pattern} x={x} y={y} width={length} height={BAR} />
                <text x={x + length + 6} y={y + BAR / 2} dy="0.32em" className="chart__value">
                  {bar.valueText}
                </text>
              </g>
            );
          })}
        </svg>
      ) : (
        <div className="chart__placeholder" />
      )}
    </div>
  );
}
