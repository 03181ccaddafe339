import { useSuspenseQuery } from '@tanstack/react-query';
import { checkoutQueries } from '../../api/checkouts.ts';
import { subLevel, type HeadingLevel } from '../../components/ui/heading.tsx';
import { CheckoutHistory } from './checkout-history.tsx';
import { CheckoutOverview } from './checkout-overview.tsx';
import { CheckoutPreview } from './checkout-preview.tsx';
import { CheckoutSummary } from './checkout-summary.tsx';
import { CustomerDetails } from './customer-details.tsx';
import { OrderItems } from './order-items.tsx';
import { SendPaymentRequest } from './send-payment-request.tsx';
import { TechnicalDetails } from './technical-details.tsx';

export interface CheckoutDetailContentProps {
  companyId: string;
  checkoutId: string;
  level: HeadingLevel;
}

/** The loaded checkout: what it is and what to do first, then each part in turn. */
export function CheckoutDetailContent({ companyId, checkoutId, level }: CheckoutDetailContentProps) {
  const { data: checkout } = useSuspenseQuery(checkoutQueries.detail(companyId, checkoutId));
  const sectionLevel = subLevel(level);
  return (
    <div className="checkout-panel__body">
      <CheckoutOverview checkout={checkout}>
        <SendPaymentRequest companyId={companyId} checkoutId={checkoutId} />
      </CheckoutOverview>
      <CheckoutSummary checkout={checkout} level={sectionLevel} />
      <OrderItems order={checkout.order} level={sectionLevel} />
      <CustomerDetails customer={checkout.customer} level={sectionLevel} />
      <CheckoutHistory checkout={checkout} level={sectionLevel} />
      <CheckoutPreview checkout={checkout} level={sectionLevel} />
      <TechnicalDetails companyId={companyId} checkout={checkout} level={subLevel(sectionLevel)} />
    </div>
  );
}
