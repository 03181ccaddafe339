import type { Checkout } from '../../../contract/payson.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DescriptionList } from '../../components/ui/description-list.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { customerDisplayName } from '../../lib/checkout-view/customer-display-name.ts';
import { formatAmount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';

export interface SendPaymentRequestDialogProps {
  open: boolean;
  /** The checkout as the person saw it when asking: the confirmation names exactly that. */
  checkout: Checkout;
  sending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

const text = messages.detail.send;

/**
 * Asks before a request reaches the customer. Cancel comes first, so it has focus when the
 * dialog opens: Enter alone never sends. It stays open, busy, until the answer comes: Escape and
 * Cancel do nothing meanwhile.
 */
export function SendPaymentRequestDialog({ open, checkout, sending, onConfirm, onClose }: SendPaymentRequestDialogProps) {
  const customer = customerDisplayName(checkout.customer) ?? checkout.customer?.email?.trim() ?? text.theCustomer;
  const amount = formatAmount(checkout.order?.totalPriceIncludingTax, checkout.order?.currency, userLocale());
  const summary = messages.detail.summary;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      dismissible={!sending}
      title={text.dialogTitle}
      actions={
        <>
          {/* The request cannot be called back once sent: neither Cancel nor Escape pretends it can. */}
          <Button onClick={onClose} aria-disabled={sending || undefined}>
            {text.cancel}
          </Button>
          <Button variant="primary" onClick={onConfirm} pending={sending}>
            {text.confirm}
          </Button>
        </>
      }
    >
      <p className="dialog__lead">{text.dialogBody(customer, amount)}</p>
      <DescriptionList
        items={[
          { label: messages.detail.customer.heading, value: customer },
          { label: summary.amount, value: <span className="numeric">{amount}</span> },
          { label: summary.status, value: <StatusBadge status={checkout.status} /> },
          { label: messages.checkouts.columns.id, value: <span className="mono">{checkout.id}</span> },
        ]}
      />
      <p>{text.dialogNote}</p>
    </Dialog>
  );
}
