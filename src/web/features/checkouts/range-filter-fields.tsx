import { useState } from 'react';
import { TextField } from '../../components/ui/text-field.tsx';
import { amountForInput, parseAmountInput } from '../../lib/amount-input.ts';
import { messages, useLanguage } from '../../lib/i18n/messages.ts';

export interface FilterFieldProps {
  label: string;
  /** The URL's value: a calendar day (YYYY-MM-DD) or a plain decimal. */
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/**
 * A day the list starts or ends at: a native date input (the browser's picker and keyboard entry).
 * A whole day applies at once; a day typed only in part is kept by the browser and named wrong.
 */
export function DateFilterField({ label, value, onChange }: FilterFieldProps) {
  const [error, setError] = useState<string>();
  return (
    <TextField
      type="date"
      label={label}
      className="filter-field filter-field--date"
      value={value ?? ''}
      error={error}
      onChange={(event) => {
        const { value: day, validity } = event.target;
        if (validity.badInput) return;
        setError(undefined);
        onChange(day || undefined);
      }}
      onBlur={(event) => setError(event.target.validity.badInput ? messages.search.invalidDate : undefined)}
    />
  );
}

/**
 * An amount as people write it ("1 200,50", "1200.50"): the text is the field's own until it is
 * done (Enter, or leaving the field); an amount then applies, anything else stays in the field
 * with a message, never lost.
 */
export function AmountFilterField({ label, value, onChange }: FilterFieldProps) {
  const language = useLanguage();
  const [text, setText] = useState(amountForInput(value, language));
  const [error, setError] = useState<string>();
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(amountForInput(value, language));
    setError(undefined);
  }

  function commit() {
    if (text.trim() === '') {
      setError(undefined);
      if (value !== undefined) onChange(undefined);
      return;
    }
    const amount = parseAmountInput(text, language);
    if (amount === undefined) {
      setError(messages.search.invalidAmount);
      return;
    }
    setError(undefined);
    if (amount !== value) onChange(amount);
    else setText(amountForInput(value, language));
  }

  return (
    <TextField
      label={label}
      className="filter-field filter-field--amount"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      error={error}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
