import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import {
  CHECKOUT_SORT_KEYS,
  DEFAULT_PAGE_SIZE,
  type CheckoutListRow,
  type CheckoutSearchPage,
  type CheckoutSortKey,
  type PageSize,
  type SortDirection,
} from '../../../contract/checkout-search.ts';
import { isRetryableError } from '../../api/api-error.ts';
import { isIndexNotReady } from '../../api/checkouts.ts';
import { DataTable, type DataTableState } from '../../components/data-table/data-table.tsx';
import { DataTableColumnPicker } from '../../components/data-table/data-table-column-picker.tsx';
import { DataTablePagination } from '../../components/data-table/data-table-pagination.tsx';
import { useDataTable, type ServerSort, type UseDataTableOptions } from '../../components/data-table/use-data-table.ts';
import { LoadErrorAlert } from '../../components/load-error-alert.tsx';
import type { CheckoutsSearch } from '../../lib/checkouts-search.ts';
import { companyZoneLabel, formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { useRecoveryRetry } from '../../lib/use-recovery-retry.ts';
import { CheckoutsEmpty } from './checkouts-empty.tsx';
import { checkoutsColumns } from './checkouts-columns.tsx';
import { CheckoutsToolbar } from './checkouts-toolbar.tsx';
import { IndexNotReady } from './index-not-ready.tsx';
import { PageSizeSelect } from './page-size-select.tsx';
import { CheckoutLinkProvider } from './use-checkout-link.ts';

const noRows: CheckoutListRow[] = [];

export interface CheckoutsTableProps {
  companyId: string;
  search: CheckoutsSearch;
  /** The page size asked for (the URL's, else the remembered one). */
  pageSize: PageSize;
  query: UseQueryResult<CheckoutSearchPage>;
  /** The list comes from the index: the headers sort and the page size can change. */
  indexed: boolean;
  onPageChange: (page: number) => void;
  onSortChange: (sort: CheckoutSortKey, dir: SortDirection) => void;
  onPageSizeChange: (size: PageSize) => void;
  /** The search field, above the rest. */
  searchField?: ReactNode;
  /** Filters shown on the toolbar's left; the actions and the column picker sit on its right. */
  filters: ReactNode;
  actions?: ReactNode;
  /** What the list is filtered by, below the toolbar. */
  summary?: ReactNode;
  selectedRowId: string | undefined;
  onRowClick: (checkoutId: string) => void;
  /** The view's columns (the work queue's Expires, All companies' Company); default the list's own. */
  columns?: UseDataTableOptions<CheckoutListRow>['columns'];
  /** The view's own "nothing here" on a first page without rows, and its own "the index is not ready yet". */
  emptyState?: ReactNode;
  notReadyState?: ReactNode;
}

function tableState(query: UseQueryResult<CheckoutSearchPage>): DataTableState {
  if (query.isPending) return 'loading';
  return query.isPlaceholderData ? 'refreshing' : 'ready';
}

function sortKey(columnId: string): CheckoutSortKey | undefined {
  return CHECKOUT_SORT_KEYS.find((key) => key === columnId);
}

export function CheckoutsTable({
  companyId,
  search,
  pageSize,
  query,
  indexed,
  onPageChange,
  onSortChange,
  onPageSizeChange,
  searchField,
  filters,
  actions,
  summary,
  selectedRowId,
  onRowClick,
  columns = checkoutsColumns,
  emptyState,
  notReadyState,
}: CheckoutsTableProps) {
  const { data } = query;
  const { page } = search;
  const sort: ServerSort | undefined = indexed
    ? {
        columnId: search.sort,
        desc: (search.dir ?? 'desc') === 'desc',
        defaultColumnId: 'created',
        onSortChange: (columnId, desc) => {
          const key = sortKey(columnId);
          if (key) onSortChange(key, desc ? 'desc' : 'asc');
        },
      }
    : undefined;
  const table = useDataTable({
    tableId: 'checkouts',
    columns,
    data: data?.data ?? noRows,
    getRowId: (checkout) => checkout.id,
    page: {
      page,
      pageSize: data?.pageSize ?? pageSize,
      pageCount: data?.totalPages ?? page,
      rowCount: data?.totalCount ?? 0,
      onPageChange,
    },
    sort,
  });

  // Here, not in the error message: a try replaces the message with placeholders (decision 006).
  useRecoveryRetry(query.isError && !data && isRetryableError(query.error), () => void query.refetch(), data !== undefined);

  let message: ReactNode;
  if (query.isError && !data && isIndexNotReady(query.error)) {
    message = notReadyState ?? <IndexNotReady companyId={companyId} />;
  } else if (query.isError && !data) {
    message = (
      <LoadErrorAlert
        title={messages.checkouts.loadError}
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (data && data.data.length === 0 && emptyState && page <= 1) {
    message = emptyState;
  } else if (data && data.data.length === 0) {
    message = <CheckoutsEmpty companyId={companyId} search={search} totalPages={data.totalPages} />;
  }

  return (
    <div className="checkouts-table">
      <CheckoutsToolbar
        search={searchField}
        filters={filters}
        actions={
          <>
            {actions}
            <DataTableColumnPicker
              table={table}
              label={messages.checkouts.columnPicker}
              description={messages.checkouts.columnPickerHint}
            />
          </>
        }
        summary={summary}
      />
      <CheckoutLinkProvider>
        <DataTable
          table={table}
          label={messages.checkouts.tableName}
          state={tableState(query)}
          skeletonRows={Math.min(pageSize, DEFAULT_PAGE_SIZE)}
          message={message}
          selectedRowId={selectedRowId}
          onRowClick={onRowClick}
        />
      </CheckoutLinkProvider>
      {data && data.totalCount > 0 ? (
        <DataTablePagination
          table={table}
          summary={
            <>
              <span>{messages.checkouts.totalCount(data.totalCount, formatCount(data.totalCount, userLocale()))}</span>
              <span> · {messages.time.timesIn(companyZoneLabel())}</span>
            </>
          }
          extra={indexed ? <PageSizeSelect value={pageSize} onChange={onPageSizeChange} /> : undefined}
        />
      ) : null}
    </div>
  );
}
