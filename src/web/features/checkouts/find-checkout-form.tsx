import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { TextField } from '../../components/ui/text-field.tsx';
import { parseCheckoutsSearch } from '../../lib/checkouts-search.ts';
import { parseGuid } from '../../lib/guid.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { useSlashShortcut } from './use-slash-shortcut.ts';

export interface FindCheckoutFormProps {
  companyId: string;
}

/** Jump straight to a checkout whose id someone pasted (from an e-mail, Payson, a colleague). */
export function FindCheckoutForm({ companyId }: FindCheckoutFormProps) {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  useSlashShortcut(input);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = parseGuid(value);
    if (!id) {
      setError(messages.checkouts.findInvalid);
      input.current?.focus();
      return;
    }
    setError(undefined);
    // The list beside the checkout stays on its status and page.
    void navigate(paths.checkout(companyId, id, parseCheckoutsSearch(searchParams).search));
  }

  return (
    <form role="search" className="find-checkout" onSubmit={submit} noValidate>
      <TextField
        ref={input}
        type="search"
        label={messages.checkouts.findLabel}
        hideLabel
        placeholder={messages.checkouts.findPlaceholder}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        value={value}
        error={error}
        onChange={(event) => {
          setValue(event.target.value);
          if (error) setError(undefined);
        }}
      />
      <button type="submit" className="button button--secondary button--medium">
        {messages.checkouts.findSubmit}
      </button>
    </form>
  );
}
