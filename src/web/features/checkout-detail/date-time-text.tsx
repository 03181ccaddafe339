import { companyZoneLabel, formatDateTime, isoDateTime, type TimeInput } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';

export interface DateTimeTextProps {
  value: TimeInput;
}

/**
 * A time as the company's clocks showed it, labelled with the zone ("2 Oct 2026, 09:00 Stockholm
 * time") and machine-readable in `dateTime`; an unreadable one as upstream wrote it.
 */
export function DateTimeText({ value }: DateTimeTextProps) {
  const dateTime = isoDateTime(value);
  const shown = formatDateTime(value, userLocale());
  return dateTime ? (
    <time dateTime={dateTime}>{messages.time.withZone(shown, companyZoneLabel())}</time>
  ) : (
    <span className="muted">{shown}</span>
  );
}
