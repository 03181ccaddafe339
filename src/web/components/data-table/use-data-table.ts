import {
  functionalUpdate,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
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

/** The server's order: one column, one direction. Columns sort only with this given. */
export interface ServerSort {
  /** Undefined: the server's default order, shown on `defaultColumnId`. */
  columnId: string | undefined;
  desc: boolean;
  /** The column the server orders by when none is asked for (newest first). */
  defaultColumnId: string;
  onSortChange: (columnId: string, desc: boolean) => void;
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
  sort?: ServerSort | undefined;
}

function columnId(column: object): string | undefined {
  const { id, accessorKey } = column as { id?: unknown; accessorKey?: unknown };
  if (typeof id === 'string') return id;
  return typeof accessorKey === 'string' ? accessorKey : undefined;
}

/** A table over one server page: pagination is the server's (manual), visibility is remembered. */
export function useDataTable<TData extends RowData>({ tableId, columns, data, getRowId, page, sort }: UseDataTableOptions<TData>) {
  const columnIds = columns.map(columnId).filter((id): id is string => id !== undefined);
  const [columnVisibility, setColumnVisibility] = usePersistedColumnVisibility(tableId, columnIds);
  const pagination: PaginationState = { pageIndex: page.page - 1, pageSize: page.pageSize };
  const sorting: SortingState = sort ? [{ id: sort.columnId ?? sort.defaultColumnId, desc: sort.desc }] : [];

  return useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    manualPagination: true,
    autoResetPageIndex: false,
    pageCount: Math.max(page.pageCount, 1),
    rowCount: page.rowCount,
    // One column at a time, ascending first, never "unsorted": the server always has an order.
    manualSorting: true,
    enableSorting: Boolean(sort),
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { columnVisibility, pagination, sorting },
    onColumnVisibilityChange: setColumnVisibility,
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next && sort) sort.onSortChange(next.id, next.desc);
    },
    onPaginationChange: (updater) => page.onPageChange(functionalUpdate(updater, pagination).pageIndex + 1),
  });
}
