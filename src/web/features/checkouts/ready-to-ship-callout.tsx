import { Link } from 'react-router';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { paths } from '../../lib/paths.ts';

export interface ReadyToShipCalloutProps {
  companyId: string;
  count: number | undefined;
  /** The list already shows ready-to-ship checkouts: then the callout is a plain badge. */
  active: boolean;
}

/** Ready to ship is the status that waits for the merchant: it gets its own way in. */
export function ReadyToShipCallout({ companyId, count, active }: ReadyToShipCalloutProps) {
  if (!count) return null;
  const content = (
    <>
      <span className="callout__dot" aria-hidden="true" />
      {messages.checkouts.readyToShipCallout(count, formatCount(count, userLocale()))}
      <span className="callout__badge">{messages.checkouts.waitingForYou}</span>
    </>
  );
  if (active) return <p className="callout callout--active">{content}</p>;
  return (
    <Link className="callout" to={paths.checkouts(companyId, { status: 'readyToShip' })}>
      {content}
    </Link>
  );
}
