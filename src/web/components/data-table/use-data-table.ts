import {
  functionalUpdate,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
} from '@tanstack/react-table';
import type { DataTableFeatures } from './data-table-features.ts';
import { dataTableFeatures } from './data-table-features.ts';
import { usePersistedColumnVisibility } from './use-persisted-column-visibility.ts';

export interface ServerPage {
  /** 1-based, as in the URL. */
  page: number;
  pageSize: number;
  pageCount: number;
  rowCount: number;
  onPageChange: (page: number) => void;
}

export interface UseDataTableOptions<TData extends RowData> {
  /** Names the stored column choice; change it when the columns change meaning. */
  tableId: string;
  /** Must be stable (module scope): the table rebuilds its models when this changes. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column keeps its own value type
  columns: ReadonlyArray<ColumnDef<DataTableFeatures, TData, any>>;
  /** The current server page's rows; keep the reference stable between renders. */
  data: TData[];
  getRowId: (row: TData) => string;
  page: ServerPage;
}

function columnId(column: object): string | undefined {
  const { id, accessorKey } = column as { id?: unknown; accessorKey?: unknown };
  if (typeof id === 'string') return id;
  return typeof accessorKey === 'string' ? accessorKey : undefined;
}

/** A table over one server page: pagination is the server's (manual), visibility is remembered. */
export function useDataTable<TData extends RowData>({ tableId, columns, data, getRowId, page }: UseDataTableOptions<TData>) {
  const columnIds = columns.map(columnId).filter((id): id is string => id !== undefined);
  const [columnVisibility, setColumnVisibility] = usePersistedColumnVisibility(tableId, columnIds);
  const pagination: PaginationState = { pageIndex: page.page - 1, pageSize: page.pageSize };

  return useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    manualPagination: true,
    autoResetPageIndex: false,
    pageCount: Math.max(page.pageCount, 1),
    rowCount: page.rowCount,
    state: { columnVisibility, pagination },
    onColumnVisibilityChange: setColumnVisibility,
    onPaginationChange: (updater) => page.onPageChange(functionalUpdate(updater, pagination).pageIndex + 1),
  });
}
