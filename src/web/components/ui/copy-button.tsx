import { useEffect, useState } from 'react';
import { Icon } from './icons.tsx';
import './button.css';
import './copy-button.css';

export interface CopyButtonProps {
  value: string;
  /** The button's accessible name, e.g. "Copy checkout id". */
  label: string;
  copiedMessage: string;
  failedMessage: string;
  /** Show the label beside the icon (a standalone button), not only as its accessible name. */
  showLabel?: boolean;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a value; says so in a polite live region while the button keeps its name. */
export function CopyButton({ value, label, copiedMessage, failedMessage, showLabel = false }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy-button">
      {showLabel ? (
        <button type="button" className="button button--secondary button--small" onClick={copy}>
          <Icon name={state === 'copied' ? 'check' : 'copy'} />
          {label}
        </button>
      ) : (
        <button type="button" className="copy-button__button" aria-label={label} title={label} onClick={copy}>
          <Icon name={state === 'copied' ? 'check' : 'copy'} />
        </button>
      )}
      <span role="status" className={state === 'failed' ? 'copy-button__failed' : 'visually-hidden'}>
        {state === 'copied' ? copiedMessage : state === 'failed' ? failedMessage : ''}
      </span>
    </span>
  );
}
