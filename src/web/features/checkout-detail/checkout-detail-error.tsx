import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import type { FocusReturnState } from '../../lib/focus-return.ts';
import { messages } from '../../lib/i18n/messages.ts';

export interface CheckoutDetailErrorProps {
  error: ApiError;
  closeHref: string;
  /** Where focus returns in the list. */
  closeState: FocusReturnState;
  retrying: boolean;
  onRetry: () => void;
}

/** Why the checkout is not shown, and a way on: back to the list, or (when it may help) again. */
export function CheckoutDetailError({ error, closeHref, closeState, retrying, onRetry }: CheckoutDetailErrorProps) {
  const back = (
    <Link to={closeHref} state={closeState} className="button button--secondary button--medium">
      {messages.detail.backToList}
    </Link>
  );
  // The gateway answers 400 for an id that cannot be one; to the person it is the same: no such checkout.
  if (error.status === 404 || error.status === 400) {
    return (
      <div className="checkout-panel__body">
        <Alert tone="info" live="alert" title={messages.detail.notFoundTitle} actions={back}>
          <p>{messages.detail.notFoundBody}</p>
        </Alert>
      </div>
    );
  }
  if (error.status === 403) {
    return (
      <div className="checkout-panel__body">
        <Alert tone="warning" live="alert" title={messages.detail.forbiddenTitle} actions={back}>
          <p>{messages.access.deniedBody}</p>
        </Alert>
      </div>
    );
  }
  // Another 4xx will not change by asking again; anything else may.
  const canRetry = error.status < 400 || error.status >= 500;
  return (
    <div className="checkout-panel__body">
      <Alert
        tone="error"
        live="alert"
        title={messages.detail.loadError}
        actions={
          <>
            {canRetry ? (
              <Button variant="primary" onClick={onRetry} pending={retrying}>
                {messages.errors.tryAgain}
              </Button>
            ) : null}
            {back}
          </>
        }
      >
        <p>{error.message}</p>
        <p className="alert__code">{messages.errors.code(error.code, error.status)}</p>
      </Alert>
    </div>
  );
}
