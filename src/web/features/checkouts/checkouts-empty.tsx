import { Link } from 'react-router';
import type { KnownStatus } from '../../../contract/status.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';

export interface CheckoutsEmptyProps {
  companyId: string;
  status: KnownStatus | undefined;
  page: number;
  totalPages: number;
}

/** No rows: either the page is past the end (say where the end is) or there is nothing to show. */
export function CheckoutsEmpty({ companyId, status, page, totalPages }: CheckoutsEmptyProps) {
  const text = messages.checkouts;
  if (page > 1 && page > totalPages) {
    const last = Math.max(totalPages, 1);
    return (
      <div className="empty-state">
        <p className="empty-state__title">{text.pastTheEnd(page, last)}</p>
        <Link className="button button--secondary button--medium" to={paths.checkouts(companyId, { status, page: last })}>
          {totalPages > 1 ? text.goToLastPage : text.goToFirstPage}
        </Link>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p className="empty-state__title">{status ? messages.emptyByStatus[status] : text.emptyAll}</p>
      <p className="empty-state__text">{status ? text.emptyFilteredHint : text.emptyAllHint}</p>
      {status ? (
        <Link className="button button--secondary button--medium" to={paths.checkouts(companyId)}>
          {text.showAll}
        </Link>
      ) : null}
    </div>
  );
}
