import { useState } from 'react';
import { useParams } from 'react-router';
import { maskIdentityNumber } from '../../../contract/identity-number.ts';
import { useRevealIdentityNumber } from '../../api/identity-number.ts';
import { Button } from '../../components/ui/button.tsx';
import { messages } from '../../lib/i18n/messages.ts';

export interface IdentityNumberProps {
  /** As the gateway sent it: masked. */
  value: string | undefined;
}

const text = messages.detail.customer;

/**
 * A personal identity number, masked. The full number is not on the page until the person asks:
 * the button asks the gateway, which records the reveal. Hiding it forgets it.
 */
export function IdentityNumber({ value }: IdentityNumberProps) {
  const { companyId = '', checkoutId = '' } = useParams();
  const reveal = useRevealIdentityNumber(companyId, checkoutId);
  const [revealed, setRevealed] = useState<string | undefined>(undefined);
  const masked = maskIdentityNumber(value);
  if (value === undefined || masked === undefined) return <>{messages.format.missing}</>;
  return (
    <span className="identity-number">
      <span className="mono">{revealed ?? masked}</span>
      {revealed === undefined ? (
        <Button
          variant="ghost"
          size="small"
          pending={reveal.isPending}
          onClick={() => reveal.mutate(undefined, { onSuccess: (answer) => setRevealed(answer.identityNumber ?? masked) })}
        >
          {text.reveal}
        </Button>
      ) : (
        <Button variant="ghost" size="small" onClick={() => setRevealed(undefined)}>
          {text.hide}
        </Button>
      )}
      {reveal.isError ? (
        <span role="alert" className="identity-number__error">
          {text.revealFailed(reveal.error.message)}
        </span>
      ) : null}
    </span>
  );
}
