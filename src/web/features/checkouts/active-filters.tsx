import type { KnownStatus } from '../../../contract/status.ts';
import { hasFilters, type CheckoutsSearch } from '../../lib/checkouts-search.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { formatCalendarDay, formatPlainAmount } from '../../lib/search-format.ts';
import { statusLabel } from '../../lib/status.ts';

export interface ActiveFiltersProps {
  search: CheckoutsSearch;
  /** The search with one filter taken away. */
  onChange: (search: CheckoutsSearch) => void;
  onClear: () => void;
}

interface Chip {
  key: string;
  text: string;
  without: CheckoutsSearch;
}

function chipsOf(search: CheckoutsSearch): Chip[] {
  const text = messages.search;
  const locale = userLocale();
  const chips: Chip[] = [];
  if (search.q) chips.push({ key: 'q', text: text.chipSearch(search.q), without: { ...search, q: undefined } });
  for (const status of search.status) {
    const rest: KnownStatus[] = search.status.filter((chosen) => chosen !== status);
    chips.push({ key: `status-${status}`, text: statusLabel(status), without: { ...search, status: rest } });
  }
  if (search.createdFrom) {
    chips.push({
      key: 'createdFrom',
      text: text.chipCreatedFrom(formatCalendarDay(search.createdFrom, locale)),
      without: { ...search, createdFrom: undefined },
    });
  }
  if (search.createdTo) {
    chips.push({
      key: 'createdTo',
      text: text.chipCreatedTo(formatCalendarDay(search.createdTo, locale)),
      without: { ...search, createdTo: undefined },
    });
  }
  if (search.amountFrom) {
    chips.push({
      key: 'amountFrom',
      text: text.chipAmountFrom(formatPlainAmount(search.amountFrom, locale)),
      without: { ...search, amountFrom: undefined },
    });
  }
  if (search.amountTo) {
    chips.push({
      key: 'amountTo',
      text: text.chipAmountTo(formatPlainAmount(search.amountTo, locale)),
      without: { ...search, amountTo: undefined },
    });
  }
  return chips;
}

/**
 * What the list is filtered by, in words, each removable on its own, and "Clear filters" for all
 * of them: a person sees at a glance why the list is shorter than they thought.
 */
export function ActiveFilters({ search, onChange, onClear }: ActiveFiltersProps) {
  if (!hasFilters(search)) return null;
  const chips = chipsOf(search);
  return (
    <div className="active-filters">
      <span className="active-filters__label" id="active-filters-label">
        {messages.search.activeFilters}
      </span>
      <ul className="active-filters__list" aria-labelledby="active-filters-label">
        {chips.map((chip) => (
          <li key={chip.key} className="active-filters__chip">
            <span>{chip.text}</span>
            <button
              type="button"
              className="active-filters__remove"
              aria-label={messages.search.removeFilter(chip.text)}
              onClick={() => onChange({ ...chip.without, page: 1 })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--ghost button--small" onClick={onClear}>
        {messages.search.clearFilters}
      </button>
    </div>
  );
}
