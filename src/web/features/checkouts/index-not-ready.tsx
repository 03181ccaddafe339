import { Link } from 'react-router';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';

export interface IndexNotReadyProps {
  companyId: string;
}

/**
 * The address asks for a search, filters or an order only the index answers, and the company's
 * first pass is not done (409 index_not_ready): not an error, a "not yet", with the way to what
 * Payson's own list can show meanwhile.
 */
export function IndexNotReady({ companyId }: IndexNotReadyProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{messages.search.needsIndex}</p>
      <p className="empty-state__text">{messages.search.needsIndexHint}</p>
      <Link className="button button--secondary button--medium" to={paths.checkouts(companyId)}>
        {messages.checkouts.showAll}
      </Link>
    </div>
  );
}
