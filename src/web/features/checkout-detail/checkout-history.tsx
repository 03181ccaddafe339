import type { Checkout } from '../../../contract/payson.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import type { HeadingLevel } from '../../components/ui/heading.tsx';
import { historyTimeline } from '../../lib/checkout-view/history-timeline.ts';
import { companyZoneLabel, formatDateTimeSeconds, isoDateTime } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { DetailSection } from './detail-section.tsx';

export interface CheckoutHistoryProps {
  checkout: Pick<Checkout, 'history' | 'status'>;
  level: HeadingLevel;
}

/**
 * Every timestamp Payson reports, oldest first, each with the status it marks. A value that is not
 * a time is still listed, as upstream wrote it, after the others.
 */
export function CheckoutHistory({ checkout, level }: CheckoutHistoryProps) {
  const text = messages.detail.history;
  const entries = historyTimeline(checkout.history);
  const locale = userLocale();
  const currentIndex = entries.findLastIndex((entry) => entry.status === checkout.status && entry.at);
  return (
    <DetailSection title={text.heading} level={level}>
      {entries.length === 0 ? (
        <p className="muted">{text.none}</p>
      ) : (
        <>
          <ol className="timeline">
            {entries.map((entry, index) => (
              <li
                key={entry.key}
                className={index === currentIndex ? 'timeline__entry timeline__entry--current' : 'timeline__entry'}
              >
                <span className="timeline__marker" aria-hidden="true" />
                <StatusBadge status={entry.status} />
                {index === currentIndex ? <span className="visually-hidden"> ({text.current})</span> : null}{' '}
                {entry.at ? (
                  <time className="timeline__time numeric" dateTime={isoDateTime(entry.at)}>
                    {formatDateTimeSeconds(entry.at, locale)}
                  </time>
                ) : (
                  <span className="timeline__time muted">{text.invalidTime(entry.raw)}</span>
                )}
              </li>
            ))}
          </ol>
          <p className="detail-section__note">{messages.time.timesIn(companyZoneLabel())}</p>
        </>
      )}
    </DetailSection>
  );
}
