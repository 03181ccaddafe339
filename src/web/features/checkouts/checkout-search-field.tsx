import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../../components/ui/icons.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { useSlashShortcut } from './use-slash-shortcut.ts';

/** Long enough to let a word be typed, short enough to feel like it searches as one types. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface CheckoutSearchFieldProps {
  /** The search in the URL. */
  value: string | undefined;
  /** Called once the typing pauses, with the trimmed text (undefined: no search). */
  onSearch: (q: string | undefined) => void;
  /** Why search cannot be used now (the index is not ready): the field is disabled and says so. */
  unavailable?: string | undefined;
}

/**
 * "Search checkouts": searches as one types. The text is the field's own while typing; the URL
 * follows after a pause, and the field follows the URL when it changes otherwise (Clear filters,
 * Back). Escape or the clear button empty it at once. "/" comes here from anywhere on the page.
 */
export function CheckoutSearchField({ value, onSearch, unavailable }: CheckoutSearchFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const current = value ?? '';
  const [text, setText] = useState(current);
  // The last search this field asked for, and the URL's as last seen: a URL that changes to
  // anything but what was asked for changed elsewhere, and the field shows it. What the field
  // asked for only catches up with the typing, which goes on meanwhile, and is left alone.
  const [sent, setSent] = useState(current);
  const [seen, setSeen] = useState(current);
  if (current !== seen) {
    setSeen(current);
    if (current !== sent) {
      setSent(current);
      setText(current);
    }
  }
  useSlashShortcut(input);

  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });

  const wanted = text.trim();
  useEffect(() => {
    if (wanted === sent) return;
    const timer = setTimeout(() => {
      setSent(wanted);
      latest.current(wanted || undefined);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [wanted, sent]);

  function clear() {
    setText('');
    if (sent !== '') {
      setSent('');
      latest.current(undefined);
    }
    input.current?.focus();
  }

  const hintId = `${id}-hint`;
  return (
    <div className="search-field" role="search">
      <label htmlFor={id} className="visually-hidden">
        {messages.search.field}
      </label>
      <span className="search-field__icon" aria-hidden="true">
        <Icon name="search" />
      </span>
      <input
        ref={input}
        id={id}
        type="search"
        className="field__input search-field__input"
        placeholder={messages.search.placeholder}
        aria-keyshortcuts="/"
        aria-describedby={unavailable ? hintId : undefined}
        autoComplete="off"
        spellCheck={false}
        disabled={Boolean(unavailable)}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || text === '') return;
          event.preventDefault();
          clear();
        }}
      />
      {text && !unavailable ? (
        <button type="button" className="search-field__clear" aria-label={messages.search.clear} onClick={clear}>
          <Icon name="close" />
        </button>
      ) : null}
      {unavailable ? (
        <p id={hintId} className="search-field__hint">
          {unavailable}
        </p>
      ) : null}
    </div>
  );
}
