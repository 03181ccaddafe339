import { Link } from 'react-router';
import type { CheckoutListRow } from '../../../contract/checkout-search.ts';
import { customerDisplayName } from '../../lib/checkout-view/customer-display-name.ts';
import { checkoutLinkId } from '../../lib/focus-return.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { useCheckoutLink } from './use-checkout-link.ts';

export interface CustomerCellProps {
  checkout: CheckoutListRow;
}

/** The row's main link: a real <a href>, so ctrl/cmd-click and middle-click open a new tab. */
export function CustomerCell({ checkout }: CustomerCellProps) {
  const { href, current, preventScrollReset } = useCheckoutLink(checkout.id, checkout.companyId);
  const name = customerDisplayName(checkout.customer);
  return (
    <Link
      id={checkoutLinkId(checkout.id)}
      to={href}
      preventScrollReset={preventScrollReset}
      className={name ? 'row-link cell-truncate' : 'row-link row-link--muted'}
      title={name}
      aria-current={current ? 'page' : undefined}
    >
      {name ?? messages.checkouts.noCustomerName}
    </Link>
  );
}
