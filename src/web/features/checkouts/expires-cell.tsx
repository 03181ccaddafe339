import { Icon } from '../../components/ui/icons.tsx';
import { expiryOf } from '../../lib/expiry.ts';
import { companyZoneLabel, formatDateTime, formatRelativeDays, isoDateTime } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import './queue.css';

export interface ExpiresCellProps {
  /** The row's `expiresAt` (work queue rows only). */
  value: string | undefined;
}

/**
 * "in 3 days", "tomorrow", "today" until Payson expires the checkout, the exact time in the
 * tooltip. Soon ones say so in words beside a warning icon, not by colour alone: "Expires soon" is
 * part of the row's text for screen readers too.
 */
export function ExpiresCell({ value }: ExpiresCellProps) {
  const locale = userLocale();
  const expiry = expiryOf(value);
  if (!expiry) return <span className="muted">{messages.format.missing}</span>;
  const relative = formatRelativeDays(expiry.date, locale);
  return (
    <span className={expiry.soon ? 'expires expires--soon' : 'expires'}>
      <time
        dateTime={isoDateTime(expiry.date)}
        title={messages.time.withZone(formatDateTime(expiry.date, locale), companyZoneLabel())}
      >
        {relative}
      </time>
      {expiry.soon ? (
        <span className="expires__soon">
          <Icon name="warning" />
          {expiry.days < 0 ? messages.queue.expired : messages.queue.expiresSoon}
        </span>
      ) : null}
    </span>
  );
}
