import { Link } from 'react-router';
import type { CheckoutListRow } from '../../../contract/checkout-search.ts';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { shortId } from '../../lib/checkout-fields.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { useCheckoutLink } from './use-checkout-link.ts';

export interface CheckoutIdCellProps {
  checkout: CheckoutListRow;
}

export function CheckoutIdCell({ checkout }: CheckoutIdCellProps) {
  const { href, preventScrollReset } = useCheckoutLink(checkout.id, checkout.companyId);
  return (
    <span className="checkout-id">
      <Link to={href} preventScrollReset={preventScrollReset} className="checkout-id__link" title={checkout.id}>
        {shortId(checkout.id)}
      </Link>
      <CopyButton
        value={checkout.id}
        label={messages.checkouts.copyId}
        copiedMessage={messages.checkouts.copied}
        failedMessage={messages.checkouts.copyFailed}
      />
    </span>
  );
}
