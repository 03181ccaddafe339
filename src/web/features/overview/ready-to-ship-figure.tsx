import type { ExpiryBucket } from '../../../contract/overview.ts';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { ChartFigure } from './chart-figure.tsx';
import { HorizontalBarChart } from './horizontal-bar-chart.tsx';
import { currencyName, formatMoney } from './overview-format.ts';
import { bucketAmountIn, bucketSeries, currenciesOf, shownBuckets } from './overview-series.ts';

export interface ReadyToShipFigureProps {
  buckets: readonly ExpiryBucket[];
}

/** The money waiting in Ready to ship, by days until Payson expires it: one chart per currency. */
export function ReadyToShipFigure({ buckets }: ReadyToShipFigureProps) {
  const locale = userLocale();
  const text = messages.overview;
  const shown = shownBuckets(buckets);
  const count = shown.reduce((sum, bucket) => sum + bucket.count, 0);
  const currencies = currenciesOf(shown.flatMap((bucket) => bucket.amounts));
  const label = (bucket: ExpiryBucket) => text.buckets[bucket.key] ?? bucket.key;
  const amounts = (list: ExpiryBucket['amounts']) =>
    list.length === 0 ? formatMoney(0, currencies[0] ?? 'SEK', locale) : list.map((entry) => formatMoney(entry.amount, entry.currency, locale)).join(', ');
  const totals = currencies.map((currency) => ({ currency, amount: shown.reduce((sum, bucket) => sum + bucketAmountIn(bucket, currency), 0) }));

  return (
    <ChartFigure
      title={text.expiryTitle}
      caption={text.expiryCaption(formatCount(count, locale))}
      chart={
        count === 0 ? (
          <p className="chart-figure__empty">{text.noneWaiting}</p>
        ) : (
          currencies.map((currency) => (
            <div key={currency} className="chart-figure__part">
              {currencies.length > 1 ? <h3 className="chart-figure__subtitle">{text.expiryCurrency(currencyName(currency))}</h3> : null}
              <HorizontalBarChart
                bars={shown.map((bucket) => ({
                  key: bucket.key,
                  label: label(bucket),
                  value: bucketAmountIn(bucket, currency),
                  valueText: formatMoney(bucketAmountIn(bucket, currency), currency, locale),
                  series: bucketSeries(bucket, label(bucket)),
                }))}
              />
            </div>
          ))
        )
      }
      table={
        <div className="chart-table">
          <table>
            <caption>{text.expiryTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.daysLeft}</th>
                <th scope="col" className="numeric">
                  {text.columns.checkouts}
                </th>
                <th scope="col" className="numeric">
                  {text.columns.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((bucket) => (
                <tr key={bucket.key}>
                  <th scope="row">{label(bucket)}</th>
                  <td className="numeric">{formatCount(bucket.count, locale)}</td>
                  <td className="numeric">{amounts(bucket.amounts)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{text.columns.total}</th>
                <td className="numeric">{formatCount(count, locale)}</td>
                <td className="numeric">{amounts(totals)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      }
    />
  );
}
