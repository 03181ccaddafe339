import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { maskIdentityNumber } from '../../../contract/identity-number.ts';
import { messages } from '../../lib/i18n/messages.ts';

export interface IdentityNumberProps {
  value: string | undefined;
}

/** A personal identity number, masked until the person asks to see it (and hidden again on request). */
export function IdentityNumber({ value }: IdentityNumberProps) {
  const [revealed, setRevealed] = useState(false);
  const masked = maskIdentityNumber(value);
  if (value === undefined || masked === undefined) return <>{messages.format.missing}</>;
  return (
    <span className="identity-number">
      <span className="mono">{revealed ? value.trim() : masked}</span>
      <Button variant="ghost" size="small" onClick={() => setRevealed(!revealed)}>
        {revealed ? messages.detail.customer.hide : messages.detail.customer.reveal}
      </Button>
    </span>
  );
}
