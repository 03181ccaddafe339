import type { ReactNode } from 'react';
import type { Checkout } from '../../../contract/payson.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { customerDisplayName } from '../../lib/checkout-view/customer-display-name.ts';
import { formatAmount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { DateTimeText } from './date-time-text.tsx';

export interface CheckoutOverviewProps {
  checkout: Checkout;
  /** The checkout's actions. */
  children: ReactNode;
}

/** The checkout at a glance: how much, in what state, from whom, since when; then what to do. */
export function CheckoutOverview({ checkout, children }: CheckoutOverviewProps) {
  const locale = userLocale();
  const name = customerDisplayName(checkout.customer) ?? checkout.customer?.email ?? messages.detail.noCustomer;
  const created = checkout.history['created'];
  return (
    <div className="checkout-overview">
      <p className="checkout-overview__amount">
        <span className="numeric">
          {formatAmount(checkout.order?.totalPriceIncludingTax, checkout.order?.currency, locale)}
        </span>
        <StatusBadge status={checkout.status} />
      </p>
      <p className="checkout-overview__meta">
        <span>{name}</span>
        {created ? <span><DateTimeText value={created} /></span> : null}
      </p>
      <div className="checkout-overview__actions">{children}</div>
    </div>
  );
}
