import { formatDateTime, isoDateTime, type TimeInput } from '../../lib/format.ts';
import { userLocale } from '../../lib/locale.ts';

export interface DateTimeTextProps {
  value: TimeInput;
}

/** A time in the user's zone, machine-readable in `dateTime`; an unreadable one as upstream wrote it. */
export function DateTimeText({ value }: DateTimeTextProps) {
  const dateTime = isoDateTime(value);
  const shown = formatDateTime(value, userLocale());
  return dateTime ? <time dateTime={dateTime}>{shown}</time> : <span className="muted">{shown}</span>;
}
