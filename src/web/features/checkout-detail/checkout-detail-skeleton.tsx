import { Skeleton } from '../../components/ui/skeleton.tsx';
import { messages } from '../../lib/i18n/messages.ts';

const rows = ['a', 'b', 'c', 'd', 'e', 'f'];

/** The panel's shape while the checkout loads, so nothing jumps when it arrives. */
export function CheckoutDetailSkeleton() {
  return (
    <div className="checkout-panel__body">
      <p className="visually-hidden" role="status">
        {messages.detail.loading}
      </p>
      <div className="checkout-overview" aria-hidden="true">
        <span className="skeleton-block skeleton-block--amount" />
        <Skeleton width="long" />
        <span className="skeleton-block skeleton-block--button" />
      </div>
      <div className="detail-section" aria-hidden="true">
        {rows.map((row) => (
          <div key={row} className="checkout-skeleton__row">
            <Skeleton width="medium" />
            <Skeleton width="long" />
          </div>
        ))}
      </div>
      <div className="detail-section" aria-hidden="true">
        <Skeleton width="medium" />
        <span className="skeleton-block skeleton-block--table" />
      </div>
    </div>
  );
}
