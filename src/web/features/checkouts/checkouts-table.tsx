import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Checkout, CheckoutListPage } from '../../../contract/payson.ts';
import type { KnownStatus } from '../../../contract/status.ts';
import { isRetryableError } from '../../api/api-error.ts';
import { DataTable, type DataTableState } from '../../components/data-table/data-table.tsx';
import { DataTableColumnPicker } from '../../components/data-table/data-table-column-picker.tsx';
import { DataTablePagination } from '../../components/data-table/data-table-pagination.tsx';
import { useDataTable } from '../../components/data-table/use-data-table.ts';
import { companyZoneLabel, formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { useRecoveryRetry } from '../../lib/use-recovery-retry.ts';
import { CheckoutsEmpty } from './checkouts-empty.tsx';
import { CheckoutsLoadError } from './checkouts-load-error.tsx';
import { checkoutsColumns } from './checkouts-columns.tsx';
import { CheckoutLinkProvider } from './use-checkout-link.ts';

const noRows: Checkout[] = [];
const DEFAULT_PAGE_SIZE = 20;

export interface CheckoutsTableProps {
  companyId: string;
  status: KnownStatus | undefined;
  page: number;
  query: UseQueryResult<CheckoutListPage>;
  onPageChange: (page: number) => void;
  /** Filters shown on the toolbar's left; the column picker sits on its right. */
  filters: ReactNode;
  selectedRowId: string | undefined;
  onRowClick: (checkoutId: string) => void;
}

function tableState(query: UseQueryResult<CheckoutListPage>): DataTableState {
  if (query.isPending) return 'loading';
  return query.isPlaceholderData ? 'refreshing' : 'ready';
}

export function CheckoutsTable({
  companyId,
  status,
  page,
  query,
  onPageChange,
  filters,
  selectedRowId,
  onRowClick,
}: CheckoutsTableProps) {
  const { data } = query;
  const table = useDataTable({
    tableId: 'checkouts',
    columns: checkoutsColumns,
    data: data?.data ?? noRows,
    getRowId: (checkout) => checkout.id,
    page: {
      page,
      pageSize: data?.pageSize ?? DEFAULT_PAGE_SIZE,
      pageCount: data?.totalPages ?? page,
      rowCount: data?.totalCount ?? 0,
      onPageChange,
    },
  });

  // Here, not in the error message: a try replaces the message with placeholders (decision 006).
  useRecoveryRetry(query.isError && !data && isRetryableError(query.error), () => void query.refetch(), data !== undefined);

  let message: ReactNode;
  if (query.isError && !data) {
    message = <CheckoutsLoadError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />;
  } else if (data && data.data.length === 0) {
    message = <CheckoutsEmpty companyId={companyId} status={status} page={page} totalPages={data.totalPages} />;
  }

  return (
    <div className="checkouts-table">
      <div className="toolbar">
        <div className="toolbar__filters">{filters}</div>
        <DataTableColumnPicker
          table={table}
          label={messages.checkouts.columnPicker}
          description={messages.checkouts.columnPickerHint}
        />
      </div>
      <CheckoutLinkProvider>
        <DataTable
          table={table}
          label={messages.checkouts.tableName}
          state={tableState(query)}
          skeletonRows={DEFAULT_PAGE_SIZE}
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
        />
      ) : null}
    </div>
  );
}
