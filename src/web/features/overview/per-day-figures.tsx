import type { OverviewDay } from '../../../contract/overview.ts';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { ChartFigure } from './chart-figure.tsx';
import { ChartTable } from './chart-table.tsx';
import { currencyName, dayLabels, formatCompactAmount, formatMoney } from './overview-format.ts';
import { amountsPerDay, countsPerDay, currenciesOf, dayAmounts, statusSeries, sumValues } from './overview-series.ts';
import { StackedBarChart } from './stacked-bar-chart.tsx';

export interface PerDayFiguresProps {
  days: readonly OverviewDay[];
}

/** Checkouts per day by status, and the amount per day by status, one chart per currency. */
export function PerDayFigures({ days }: PerDayFiguresProps) {
  const locale = userLocale();
  const text = messages.overview;
  const series = statusSeries(days);
  const labels = dayLabels(locale);
  const counts = countsPerDay(days, labels);
  const count = (value: number) => formatCount(value, locale);
  const total = counts.reduce((sum, bar) => sum + sumValues(bar), 0);

  return (
    <>
      <ChartFigure
        title={text.perDayTitle}
        caption={text.perDayCaption(count(total))}
        legend={series}
        chart={<StackedBarChart series={series} bars={counts} formatValue={count} formatTick={count} wholeNumbers />}
        table={<ChartTable title={text.perDayTitle} rowHeader={text.columns.day} series={series} bars={counts} format={count} />}
      />
      {currenciesOf(dayAmounts(days)).map((currency) => {
        const bars = amountsPerDay(days, currency, labels);
        const money = (value: number) => formatMoney(value, currency, locale);
        const title = text.amountTitle(currencyName(currency));
        return (
          <ChartFigure
            key={currency}
            title={title}
            caption={text.amountCaption(currencyName(currency), money(bars.reduce((sum, bar) => sum + sumValues(bar), 0)))}
            legend={series}
            chart={<StackedBarChart series={series} bars={bars} formatValue={money} formatTick={(value) => formatCompactAmount(value, currency, locale)} />}
            table={<ChartTable title={title} rowHeader={text.columns.day} series={series} bars={bars} format={money} />}
          />
        );
      })}
    </>
  );
}
