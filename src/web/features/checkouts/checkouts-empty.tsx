import { Link } from 'react-router';
import { hasFilters, withoutFilters, type CheckoutsSearch } from '../../lib/checkouts-search.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';

export interface CheckoutsEmptyProps {
  companyId: string;
  search: CheckoutsSearch;
  totalPages: number;
}

/** No rows: either the page is past the end (say where the end is) or there is nothing to show. */
export function CheckoutsEmpty({ companyId, search, totalPages }: CheckoutsEmptyProps) {
  const text = messages.checkouts;
  const { page } = search;
  if (page > 1 && page > totalPages) {
    const last = Math.max(totalPages, 1);
    return (
      <div className="empty-state">
        <p className="empty-state__title">{text.pastTheEnd(page, last)}</p>
        <Link className="button button--secondary button--medium" to={paths.checkouts(companyId, { ...search, page: last })}>
          {totalPages > 1 ? text.goToLastPage : text.goToFirstPage}
        </Link>
      </div>
    );
  }
  const [onlyStatus, ...more] = search.status;
  const byOneStatus = onlyStatus !== undefined && more.length === 0 && !hasFilters({ ...search, status: [] });
  if (byOneStatus || !hasFilters(search)) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{onlyStatus ? messages.emptyByStatus[onlyStatus] : text.emptyAll}</p>
        <p className="empty-state__text">{onlyStatus ? text.emptyFilteredHint : text.emptyAllHint}</p>
        {onlyStatus ? (
          <Link className="button button--secondary button--medium" to={paths.checkouts(companyId)}>
            {text.showAll}
          </Link>
        ) : null}
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p className="empty-state__title">{messages.search.noMatches}</p>
      <p className="empty-state__text">{messages.search.noMatchesHint}</p>
      <Link className="button button--secondary button--medium" to={paths.checkouts(companyId, withoutFilters(search))}>
        {messages.search.clearFilters}
      </Link>
    </div>
  );
}
