import { formatDateTime, formatDateTimeCompact, isoDateTime } from '../../lib/format.ts';
import { userLocale } from '../../lib/locale.ts';

export interface DateTimeCellProps {
  value: string | undefined;
}

/** A compact time; the full one in its tooltip and, machine-readable, in `dateTime`. */
export function DateTimeCell({ value }: DateTimeCellProps) {
  const dateTime = isoDateTime(value);
  const locale = userLocale();
  return dateTime ? (
    <time dateTime={dateTime} title={formatDateTime(value, locale)} className="numeric">
      {formatDateTimeCompact(value, locale)}
    </time>
  ) : (
    <span className="muted">{formatDateTime(value, locale)}</span>
  );
}
