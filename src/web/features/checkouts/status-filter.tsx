import { PAYSON_STATUSES, type KnownStatus } from '../../../contract/status.ts';
import type { StatusCounts } from '../../../contract/status-counts.ts';
import { SelectField } from '../../components/ui/select-field.tsx';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { statusLabel } from '../../lib/status.ts';

export interface StatusFilterProps {
  value: KnownStatus | undefined;
  /** Counts per status when the gateway gives them; the options then show them. */
  counts: StatusCounts | undefined;
  onChange: (status: KnownStatus | undefined) => void;
}

function optionText(label: string, count: number | undefined): string {
  return count === undefined ? label : messages.checkouts.optionWithCount(label, formatCount(count, userLocale()));
}

export function StatusFilter({ value, counts, onChange }: StatusFilterProps) {
  return (
    <SelectField
      label={messages.checkouts.statusFilter}
      value={value ?? ''}
      onChange={(event) => {
        const status = PAYSON_STATUSES.find((known) => known === event.target.value);
        onChange(status);
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
