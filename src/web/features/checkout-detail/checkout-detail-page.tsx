import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { checkoutQueries } from '../../api/checkouts.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { customerName } from '../../lib/checkout-fields.ts';
import { formatAmount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { paths } from '../../lib/paths.ts';

/** A placeholder until the detail issue builds the full page (items, customer, history, preview). */
export function CheckoutDetailPage() {
  const { companyId = '', checkoutId = '' } = useParams();
  const { data: checkout } = useSuspenseQuery(checkoutQueries.detail(companyId, checkoutId));
  return (
    <>
      <title>{messages.app.pageTitle(`${messages.detail.title} ${checkout.id}`)}</title>
      <p>
        <Link to={paths.checkouts(companyId)}>{messages.detail.back}</Link>
      </p>
      <div className="page-header">
        <h1 className="page-header__title" tabIndex={-1}>
          {messages.detail.title} <span className="mono">{checkout.id}</span>
        </h1>
        <StatusBadge status={checkout.status} />
      </div>
      <dl className="summary-list">
        <dt>{messages.checkouts.columns.customer}</dt>
        <dd>{customerName(checkout) ?? messages.checkouts.noCustomerName}</dd>
        <dt>{messages.checkouts.columns.amount}</dt>
        <dd className="numeric">
          {formatAmount(checkout.order?.totalPriceIncludingTax, checkout.order?.currency, userLocale())}
        </dd>
      </dl>
      <p className="muted">{messages.detail.placeholder}</p>
    </>
  );
}
