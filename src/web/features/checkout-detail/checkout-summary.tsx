import type { Checkout } from '../../../contract/payson.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { DescriptionList, type DescriptionItem } from '../../components/ui/description-list.tsx';
import type { HeadingLevel } from '../../components/ui/heading.tsx';
import { readyToShipExpiry } from '../../lib/checkout-view/ready-to-ship-expiry.ts';
import { companyZoneLabel, formatAmount, formatDateTime, formatRelativeDays, isoDateTime } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { DateTimeText } from './date-time-text.tsx';
import { DetailSection } from './detail-section.tsx';

export interface CheckoutSummaryProps {
  checkout: Checkout;
  level: HeadingLevel;
}

const text = messages.detail.summary;

function present(value: string | number | undefined): value is string | number {
  return value !== undefined && String(value).trim() !== '';
}

/**
 * Payson's `expirationTime` is when a checkout that has not been paid expires. While the customer can
 * still pay it is an expiry; after payment it was only the deadline they met, and the 59-day Ready
 * to ship expiry is what matters (shown apart).
 */
function expirationLabel(status: Checkout['status']): string {
  if (status === 'expired') return text.expiredAt;
  if (status === 'created' || status === 'formsFilled' || status === 'readyToPay' || status === 'processingPayment') {
    return text.expires;
  }
  return text.paymentDeadline;
}

export function CheckoutSummary({ checkout, level }: CheckoutSummaryProps) {
  const locale = userLocale();
  const { order, merchant } = checkout;
  const amount = (value: number | undefined) => (
    <span className="numeric">{formatAmount(value, order?.currency, locale)}</span>
  );
  const expiry = readyToShipExpiry(checkout);
  const fees = order?.totalFeeIncludingTax;

  const items: DescriptionItem[] = [
    { label: text.status, value: <StatusBadge status={checkout.status} /> },
    { label: text.amount, value: amount(order?.totalPriceIncludingTax) },
    { label: text.amountExcludingTax, value: amount(order?.totalPriceExcludingTax) },
    { label: text.tax, value: amount(order?.totalTaxAmount) },
    ...(fees ? [{ label: text.fees, value: amount(fees) }] : []),
    { label: text.currency, value: order?.currency?.toUpperCase() || messages.format.missing },
    { label: text.created, value: <DateTimeText value={checkout.history['created']} /> },
    { label: expirationLabel(checkout.status), value: <DateTimeText value={checkout.expirationTime} /> },
  ];
  if (expiry) {
    items.push({
      label: text.readyToShipExpiry,
      value: (
        <>
          <time dateTime={isoDateTime(expiry)}>
            {text.readyToShipExpiryValue(
              messages.time.withZone(formatDateTime(expiry, locale), companyZoneLabel()),
              formatRelativeDays(expiry, locale),
            )}
          </time>
          <span className="description-note">{text.readyToShipExpiryHint}</span>
        </>
      ),
    });
  }
  if (present(checkout.purchaseId)) {
    items.push({ label: text.purchaseId, value: <span className="mono">{checkout.purchaseId}</span> });
  }
  if (present(checkout.description)) items.push({ label: text.description, value: checkout.description });
  if (present(merchant?.reference)) {
    items.push({ label: text.merchantReference, value: <span className="mono">{merchant?.reference}</span> });
  }

  return (
    <DetailSection title={text.heading} level={level}>
      <DescriptionList items={items} />
    </DetailSection>
  );
}
