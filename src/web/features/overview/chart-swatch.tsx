import type { ChartSeries } from './overview-series.ts';

export interface ChartSwatchProps {
  series: ChartSeries;
}

/** The legend's sample of a series: the same colour and pattern as its bars. */
export function ChartSwatch({ series }: ChartSwatchProps) {
  return (
    <svg className="chart-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <rect width="14" height="14" rx="3" className={`chart-fill chart-fill--${series.tone}`} />
      <ChartPatternMarks pattern={series.pattern} width={14} height={14} />
    </svg>
  );
}

export interface ChartPatternMarksProps {
  pattern: number;
  width: number;
  height: number;
  x?: number;
  y?: number;
}

/** Stripes or dots drawn over a fill, for series that share a colour (clipped to the rectangle). */
export function ChartPatternMarks({ pattern, width, height, x = 0, y = 0 }: ChartPatternMarksProps) {
  if (pattern === 0 || width <= 0 || height <= 0) return null;
  const marks: string[] = [];
  if (pattern === 1) {
    // Diagonal stripes every 5 px, from the bottom-left up to the right.
    for (let offset = -height; offset < width; offset += 5) {
      const x1 = Math.max(0, offset);
      const y1 = height - Math.max(0, -offset);
      const length = Math.min(width - x1, y1);
      marks.push(`M${x + x1} ${y + y1}l${length} ${-length}`);
    }
  } else {
    for (let dy = 2.5; dy < height; dy += 5) for (let dx = 2.5; dx < width; dx += 5) marks.push(`M${x + dx - 0.9} ${y + dy}h1.8`);
  }
  return <path d={marks.join('')} className={`chart-marks chart-marks--${pattern === 1 ? 'stripes' : 'dots'}`} />;
}
