import { Link, useParams } from 'react-router';
import type { Checkout } from '../../../contract/payson.ts';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { shortId } from '../../lib/checkout-fields.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';

export interface CheckoutIdCellProps {
  checkout: Checkout;
}

export function CheckoutIdCell({ checkout }: CheckoutIdCellProps) {
  const { companyId = '' } = useParams();
  return (
    <span className="checkout-id">
      <Link to={paths.checkout(companyId, checkout.id)} className="checkout-id__link" title={checkout.id}>
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
