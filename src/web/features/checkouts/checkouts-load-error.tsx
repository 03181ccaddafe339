import type { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { messages } from '../../lib/i18n/messages.ts';

export interface CheckoutsLoadErrorProps {
  error: ApiError;
  retrying: boolean;
  onRetry: () => void;
}

export function CheckoutsLoadError({ error, retrying, onRetry }: CheckoutsLoadErrorProps) {
  return (
    <Alert
      tone="error"
      live="alert"
      title={messages.checkouts.loadError}
      actions={
        <Button onClick={onRetry} pending={retrying}>
          {messages.errors.tryAgain}
        </Button>
      }
    >
      <p>{error.message}</p>
      <p className="alert__code">{messages.errors.code(error.code, error.status)}</p>
    </Alert>
  );
}
