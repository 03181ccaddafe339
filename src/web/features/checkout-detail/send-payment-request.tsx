import { useId, useRef, useState } from 'react';
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { paymentRequestBlock } from '../../../contract/checkout-rules.ts';
import { isOutcomeUnknown } from '../../api/api-error.ts';
import { checkoutQueries } from '../../api/checkouts.ts';
import { checkoutMutations, useSendPaymentRequest } from '../../api/payment-request.ts';
import { useSignedInUser } from '../../api/session.ts';
import { Button } from '../../components/ui/button.tsx';
import { Icon } from '../../components/ui/icons.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { SendPaymentRequestDialog } from './send-payment-request-dialog.tsx';
import { SendPaymentRequestResult } from './send-payment-request-result.tsx';
import { useOutcomeCheck } from './use-outcome-check.ts';

export interface SendPaymentRequestProps {
  companyId: string;
  checkoutId: string;
}

const text = messages.detail.send;

/**
 * The checkout's one action. Offered for Ready to ship and the write role or superadmin, else
 * shown unavailable with the reason. One confirmed press sends one request: the dialog ignores
 * presses after the first, the button is busy while any request for this checkout is on its way,
 * and after a failure it waits until the checkout's status has been read again (after an unknown
 * outcome, until the status shows it went through or a while has passed: use-outcome-check.ts).
 */
export function SendPaymentRequest({ companyId, checkoutId }: SendPaymentRequestProps) {
  const user = useSignedInUser();
  const detail = useQuery(checkoutQueries.detail(companyId, checkoutId));
  const mutation = useSendPaymentRequest(companyId, checkoutId);
  const inFlight = useIsMutating({ mutationKey: checkoutMutations.sendPaymentRequest(companyId, checkoutId) }) > 0;
  const outcomeCheck = useOutcomeCheck(companyId, checkoutId);
  const [dialogOpen, setDialogOpen] = useState(false);
  // Set before mutate, synchronously: clicks that arrive before the next render find it set.
  const submitted = useRef(false);
  const reasonId = useId();

  const checkout = detail.data;
  if (!checkout) return null;
  const block = paymentRequestBlock(checkout.status, user.roles);
  const checking = mutation.isError && (detail.isFetching || outcomeCheck.checking);
  const sending = mutation.isPending || inFlight;
  let reason: string | undefined;
  if (block === 'status') reason = text.blockedStatus;
  else if (block === 'role') reason = text.blockedRole;
  else if (checking) reason = text.checking;

  function open() {
    if (reason || sending) return;
    submitted.current = false;
    setDialogOpen(true);
  }

  function confirm() {
    if (submitted.current) return;
    submitted.current = true;
    mutation.mutate(undefined, {
      onError: (error) => {
        if (isOutcomeUnknown(error)) outcomeCheck.start();
      },
      onSettled: () => setDialogOpen(false),
    });
  }

  return (
    <div className="send-payment-request">
      <div className="send-payment-request__row">
        <Button
          variant="primary"
          onClick={open}
          pending={sending}
          aria-disabled={reason !== undefined || undefined}
          aria-describedby={reason ? reasonId : undefined}
          aria-haspopup="dialog"
        >
          {sending ? null : <Icon name="send" />}
          {text.button}
        </Button>
        {reason ? (
          <p id={reasonId} className="send-payment-request__reason">
            {reason}
          </p>
        ) : null}
      </div>
      <SendPaymentRequestResult
        status={mutation.status}
        answer={mutation.data}
        error={mutation.error}
        checking={checking}
        currentStatus={checkout.status}
        checkFailed={detail.isError}
        onReload={() => void detail.refetch()}
      />
      <SendPaymentRequestDialog
        open={dialogOpen}
        checkout={checkout}
        sending={mutation.isPending}
        onConfirm={confirm}
        onClose={() => setDialogOpen(false)}
      />
    </div>
  );
}
