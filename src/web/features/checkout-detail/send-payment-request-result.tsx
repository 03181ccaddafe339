import type { MutationStatus } from '@tanstack/react-query';
import type { PaysonCheckoutV2Response } from '../../../contract/bokamera.ts';
import type { CheckoutStatus } from '../../../contract/status.ts';
import { isOutcomeUnknown, type ApiError } from '../../api/api-error.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { statusLabel } from '../../lib/status.ts';
import { UnknownOutcome } from './unknown-outcome.tsx';

export interface SendPaymentRequestResultProps {
  status: MutationStatus;
  answer: PaysonCheckoutV2Response | undefined;
  error: ApiError | null;
  /** The checkout is being read again after a failure. */
  checking: boolean;
  /** The status as last read. */
  currentStatus: CheckoutStatus;
  /** Reading the checkout again failed too. */
  checkFailed: boolean;
  onReload: () => void;
}

const text = messages.detail.send;

/**
 * What came of sending, in live regions that are always on the page (so the news is announced):
 * success politely, failures at once. An unknown outcome says so, and then what the checkout's
 * status, read again, shows.
 */
export function SendPaymentRequestResult(props: SendPaymentRequestResultProps) {
  const { status, answer, error } = props;
  let success = null;
  let failure = null;
  if (status === 'success') {
    success = (
      <Alert tone="success">{answer?.Status ? text.sentWithStatus(statusLabel(answer.Status)) : text.sent}</Alert>
    );
  } else if (status === 'error' && error) {
    failure = isOutcomeUnknown(error) ? (
      <UnknownOutcome
        checking={props.checking}
        currentStatus={props.currentStatus}
        checkFailed={props.checkFailed}
        onReload={props.onReload}
      />
    ) : (
      <Alert tone="error" title={text.failedTitle}>
        <p>{error.message}</p>
        <p className="alert__code">{messages.errors.code(error.code, error.status)}</p>
      </Alert>
    );
  }
  return (
    <>
      <div role="status" className="send-result">
        {success}
      </div>
      <div role="alert" className="send-result">
        {failure}
      </div>
    </>
  );
}
