import { companyZoneLabel, formatDateTime, formatDateTimeCompact, isoDateTime } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';

export interface DateTimeCellProps {
  value: string | undefined;
}

/** A compact time in the company's zone; the full one, with the zone, in its tooltip and, machine-readable, in `dateTime`. */
export function DateTimeCell({ value }: DateTimeCellProps) {
  const dateTime = isoDateTime(value);
  const locale = userLocale();
  return dateTime ? (
    <time dateTime={dateTime} title={messages.time.withZone(formatDateTime(value, locale), companyZoneLabel())} className="numeric">
      {formatDateTimeCompact(value, locale)}
    </time>
  ) : (
    <span className="muted">{formatDateTime(value, locale)}</span>
  );
}
