import { Alert } from '../../components/ui/alert.tsx';
import type { OrderTotals } from '../../lib/checkout-view/order-totals.ts';
import { formatAmount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';

export interface OrderTotalsMismatchProps {
  totals: OrderTotals;
  currency: string | undefined;
}

/** Upstream's totals that do not add up are said plainly, not smoothed over. */
export function OrderTotalsMismatch({ totals, currency }: OrderTotalsMismatchProps) {
  if (totals.mismatches.length === 0) return null;
  const text = messages.detail.items;
  const locale = userLocale();
  return (
    <Alert tone="warning" title={text.mismatchTitle}>
      <ul className="plain-list">
        {totals.mismatches.map((kind) => (
          <li key={kind}>
            {text.mismatch(
              text.kinds[kind],
              formatAmount(totals[kind].itemsSum, currency, locale),
              formatAmount(totals[kind].orderTotal, currency, locale),
            )}
          </li>
        ))}
      </ul>
      <p>{text.mismatchHint}</p>
    </Alert>
  );
}
