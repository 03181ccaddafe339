import type { CheckoutStatus } from '../../../contract/status.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { statusLabel } from '../../lib/status.ts';

export interface UnknownOutcomeProps {
  /** The checkout is being read again. */
  checking: boolean;
  /** The status as last read. */
  currentStatus: CheckoutStatus;
  /** Reading the checkout again failed too. */
  checkFailed: boolean;
  onReload: () => void;
}

const text = messages.detail.send;

/** Nobody knows whether the request went out: say so, then what the checkout, read again, shows. */
export function UnknownOutcome({ checking, currentStatus, checkFailed, onReload }: UnknownOutcomeProps) {
  let conclusion;
  if (checking) conclusion = <Spinner size="small" />;
  else if (checkFailed) {
    conclusion = (
      <>
        <p>{text.unknownCheckFailed}</p>
        <p>
          <Button size="small" onClick={onReload}>
            {text.reloadCheckout}
          </Button>
        </p>
      </>
    );
  } else if (currentStatus === 'readyToShip') conclusion = <p>{text.unknownStillReady}</p>;
  else conclusion = <p>{text.unknownNowStatus(statusLabel(currentStatus))}</p>;
  return (
    <Alert tone="warning">
      <p>{text.unknown}</p>
      {conclusion}
    </Alert>
  );
}
