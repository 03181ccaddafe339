import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import type { ActivityEntry } from '../../../contract/gateway-api.ts';
import { activityQueries } from '../../api/activity.ts';
import { DataTable, type DataTableState } from '../../components/data-table/data-table.tsx';
import { DataTablePagination } from '../../components/data-table/data-table-pagination.tsx';
import { useDataTable } from '../../components/data-table/use-data-table.ts';
import { LoadErrorAlert } from '../../components/load-error-alert.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { paths } from '../../lib/paths.ts';
import { activityColumns } from './activity-columns.tsx';
import { ActivityFilters } from './activity-filters.tsx';
import { parseActivitySearch } from './activity-search.ts';
import './activity.css';

const noRows: ActivityEntry[] = [];
const DEFAULT_PAGE_SIZE = 25;
const text = messages.activity;

/**
 * The audit trail: who did what, newest first, a server page at a time. The gateway decides whose
 * entries a person sees (a superadmin every company's, everyone else their own company's).
 */
export function ActivityPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { search, ignored } = parseActivitySearch(searchParams);
  const query = useQuery(activityQueries.page(search));
  const { data } = query;

  const table = useDataTable({
    tableId: 'activity',
    columns: activityColumns,
    data: data?.entries ?? noRows,
    getRowId: (entry) => entry.id,
    page: {
      page: search.page,
      pageSize: data?.pageSize ?? DEFAULT_PAGE_SIZE,
      pageCount: data ? Math.ceil(data.total / data.pageSize) : search.page,
      rowCount: data?.total ?? 0,
      onPageChange: (page) => void navigate(paths.activity({ ...search, page })),
    },
  });

  let message: ReactNode;
  if (query.isError && !data) {
    message = (
      <LoadErrorAlert title={text.loadError} error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  } else if (data && data.entries.length === 0) {
    message = (
      <div className="empty-state">
        <p className="empty-state__title">{text.empty}</p>
        {search.action || search.who ? <p className="empty-state__text">{text.emptyFilteredHint}</p> : null}
      </div>
    );
  }

  const state: DataTableState = query.isPending ? 'loading' : query.isPlaceholderData ? 'refreshing' : 'ready';
  return (
    <section className="activity" aria-labelledby="activity-title">
      <title>{messages.app.pageTitle(text.title)}</title>
      <div className="page-header">
        <h1 id="activity-title" className="page-header__title" tabIndex={-1}>
          {text.title}
        </h1>
      </div>
      <p className="activity__intro">{text.intro}</p>
      {ignored ? (
        <Alert tone="info" title={text.badFilter} />
      ) : null}
      <div className="toolbar">
        <div className="toolbar__filters">
          <ActivityFilters
            // A new key when the URL's person changes (back button), so the field shows it.
            key={search.who ?? ''}
            action={search.action}
            who={search.who}
            onChange={(filters) => void navigate(paths.activity({ ...filters, page: 1 }))}
          />
        </div>
      </div>
      <DataTable table={table} label={text.tableName} state={state} skeletonRows={10} message={message} />
      {data && data.total > 0 ? (
        <DataTablePagination table={table} summary={text.totalCount(data.total, formatCount(data.total, userLocale()))} />
      ) : null}
    </section>
  );
}
