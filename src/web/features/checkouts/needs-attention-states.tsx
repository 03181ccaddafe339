import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';

/** The work queue is empty: nothing is Ready to ship. */
export function NeedsAttentionEmpty() {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{messages.queue.emptyTitle}</p>
      <p className="empty-state__text">{messages.queue.emptyHint}</p>
    </div>
  );
}

export interface NeedsAttentionNotReadyProps {
  companyId: string;
}

/**
 * The gateway answered 409 index_not_ready: the work queue is sorted by expiry, which only the
 * index knows. Say so plainly, and offer what works meanwhile (the live list of Ready to ship).
 */
export function NeedsAttentionNotReady({ companyId }: NeedsAttentionNotReadyProps) {
  return (
    <Alert
      tone="info"
      live="status"
      title={messages.queue.notReadyTitle}
      actions={
        <Link className="button button--secondary button--medium" to={paths.checkouts(companyId, { status: 'readyToShip' })}>
          {messages.statuses.readyToShip}
        </Link>
      }
    >
      <p>{messages.queue.notReadyText}</p>
    </Alert>
  );
}
