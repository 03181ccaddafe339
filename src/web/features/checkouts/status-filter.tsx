import { useId } from 'react';
import { PAYSON_STATUSES, type KnownStatus } from '../../../contract/status.ts';
import type { StatusCounts } from '../../../contract/status-counts.ts';
import { SelectField } from '../../components/ui/select-field.tsx';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { statusLabel } from '../../lib/status.ts';

export interface StatusFilterProps {
  /** The statuses shown; none: all. */
  value: readonly KnownStatus[];
  /** Counts per status when the gateway gives them; the options then show them. */
  counts: StatusCounts | undefined;
  /**
   * Several statuses at once (the list comes from the index): a popover of checkboxes. Otherwise
   * (Payson's own list, one status at a time) a plain select.
   */
  multiple: boolean;
  onChange: (statuses: KnownStatus[]) => void;
}

function optionText(label: string, count: number | undefined): string {
  return count === undefined ? label : messages.checkouts.optionWithCount(label, formatCount(count, userLocale()));
}

export function StatusFilter(props: StatusFilterProps) {
  return props.multiple ? <MultiStatusFilter {...props} /> : <SingleStatusFilter {...props} />;
}

function SingleStatusFilter({ value, counts, onChange }: StatusFilterProps) {
  return (
    <SelectField
      label={messages.checkouts.statusFilter}
      value={value[0] ?? ''}
      onChange={(event) => {
        const status = PAYSON_STATUSES.find((known) => known === event.target.value);
        onChange(status ? [status] : []);
      }}
    >
      <option value="">{optionText(messages.checkouts.statusAll, counts?.total)}</option>
      {PAYSON_STATUSES.map((status) => (
        <option key={status} value={status}>
          {optionText(statusLabel(status), counts?.counts[status])}
        </option>
      ))}
    </SelectField>
  );
}

/** What the button shows: "All", the one status, or how many. */
function chosenText(value: readonly KnownStatus[]): string {
  if (value.length === 0) return messages.search.statusAllChosen;
  if (value.length === 1 && value[0]) return statusLabel(value[0]);
  return messages.search.statusesChosen(value.length);
}

/**
 * A button named "Status" that opens checkboxes: All, then each status (native `popover`: light
 * dismiss, Escape, focus return and the expanded state come from the browser). Each box applies
 * at once, like the select it stands in for.
 */
function MultiStatusFilter({ value, counts, onChange }: StatusFilterProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const valueId = `${id}-value`;
  const popoverId = `${id}-popover`;
  return (
    <div className="field field--inline status-filter">
      <span id={labelId} className="field__label">
        {messages.checkouts.statusFilter}
      </span>
      <button
        type="button"
        className="field__select status-filter__button"
        popoverTarget={popoverId}
        aria-labelledby={labelId}
        aria-describedby={valueId}
      >
        <span id={valueId}>{chosenText(value)}</span>
      </button>
      <div id={popoverId} popover="auto" className="status-filter__popover">
        <fieldset className="column-picker__fieldset">
          <legend className="visually-hidden">{messages.checkouts.statusFilter}</legend>
          <label className="column-picker__option">
            <input type="checkbox" checked={value.length === 0} onChange={() => onChange([])} />
            {optionText(messages.checkouts.statusAll, counts?.total)}
          </label>
          {PAYSON_STATUSES.map((status) => (
            <label key={status} className="column-picker__option">
              <input
                type="checkbox"
                checked={value.includes(status)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? PAYSON_STATUSES.filter((known) => known === status || value.includes(known))
                      : value.filter((chosen) => chosen !== status),
                  )
                }
              />
              {optionText(statusLabel(status), counts?.counts[status])}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
