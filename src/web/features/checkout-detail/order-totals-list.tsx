import { Icon } from '../../components/ui/icons.tsx';
import type { OrderTotals, TotalKind } from '../../lib/checkout-view/order-totals.ts';
import { formatAmount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';

export interface OrderTotalsListProps {
  totals: OrderTotals;
  currency: string | undefined;
}

const text = messages.detail.items;

/** Credited shows only when something was credited (or its total disagrees with the lines). */
function shown(totals: OrderTotals, kind: TotalKind): boolean {
  if (kind !== 'credited') return true;
  return Boolean(totals.credited.orderTotal) || totals.credited.state === 'differs';
}

/** The order's own totals, each marked where the lines add up to something else. */
export function OrderTotalsList({ totals, currency }: OrderTotalsListProps) {
  const locale = userLocale();
  const kinds: TotalKind[] = ['excludingTax', 'tax', 'includingTax', 'credited'];
  return (
    <dl className="order-totals" aria-label={text.total}>
      {kinds
        .filter((kind) => shown(totals, kind))
        .map((kind) => {
          const differs = totals[kind].state === 'differs';
          return (
            <div
              key={kind}
              className={['order-totals__row', kind === 'includingTax' && 'order-totals__row--total', differs && 'order-totals__row--differs']
                .filter(Boolean)
                .join(' ')}
            >
              <dt>{kind === 'includingTax' ? text.total : text.kinds[kind]}</dt>
              <dd className="numeric">
                {differs ? <Icon name="warning" /> : null}
                {formatAmount(totals[kind].orderTotal, currency, locale)}
                {differs ? <span className="visually-hidden"> ({text.mismatchMark})</span> : null}
              </dd>
            </div>
          );
        })}
    </dl>
  );
}
