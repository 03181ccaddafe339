import type { ApiError } from '../api/api-error.ts';
import { messages } from '../lib/i18n/messages.ts';
import { Alert } from './ui/alert.tsx';
import { Button } from './ui/button.tsx';

export interface LoadErrorAlertProps {
  /** What could not be loaded ("The checkouts could not be loaded."). */
  title: string;
  error: ApiError;
  retrying: boolean;
  onRetry: () => void;
}

/** A screen's data failed to load: what failed, the gateway's message and code, and "Try again". */
export function LoadErrorAlert({ title, error, retrying, onRetry }: LoadErrorAlertProps) {
  return (
    <Alert
      tone="error"
      live="alert"
      title={title}
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
