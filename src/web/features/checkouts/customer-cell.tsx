import { Link, useParams } from 'react-router';
import type { Checkout } from '../../../contract/payson.ts';
import { customerName } from '../../lib/checkout-fields.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';

export interface CustomerCellProps {
  checkout: Checkout;
}

/** The row's main link: a real <a href>, so ctrl/cmd-click and middle-click open a new tab. */
export function CustomerCell({ checkout }: CustomerCellProps) {
  const { companyId = '' } = useParams();
  const name = customerName(checkout);
  return (
    <Link
      to={paths.checkout(companyId, checkout.id)}
      className={name ? 'row-link cell-truncate' : 'row-link row-link--muted'}
      title={name}
    >
      {name ?? messages.checkouts.noCustomerName}
    </Link>
  );
}
