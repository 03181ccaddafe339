import { useFailedSignInsNotice } from '../../api/session.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { messages } from '../../lib/i18n/messages.ts';

/** Tells the person, once after signing in, that wrong passwords were tried at their account. */
export function FailedSignInsNotice() {
  const { count, dismiss } = useFailedSignInsNotice();
  if (count === 0) return null;
  return (
    <Alert
      tone="warning"
      live="status"
      title={messages.signIn.failedAttemptsTitle(count)}
      actions={
        <Button type="button" onClick={dismiss}>
          {messages.signIn.dismiss}
        </Button>
      }
    >
      {messages.signIn.failedAttemptsAdvice}
    </Alert>
  );
}
