import type { MouseEvent, ReactNode } from 'react';
import type { Header, ReactTable, RowData } from '@tanstack/react-table';
import type { DataTableFeatures } from './data-table-features.ts';
import { DataTableSkeletonRows } from './data-table-skeleton-rows.tsx';
import './data-table.css';

export type DataTableState = 'loading' | 'ready' | 'refreshing';

export interface DataTableProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>;
  /** The table's accessible name (a caption, visually hidden). */
  label: string;
  /** loading: no rows yet (placeholders); refreshing: the rows shown are about to be replaced. */
  state: DataTableState;
  skeletonRows?: number;
  /** Shown across the whole body instead of rows: the empty state or an error with a retry. */
  message?: ReactNode;
  /** The row whose item is open elsewhere on the page: highlighted, and `aria-current`. */
  selectedRowId?: string | undefined;
  /**
   * A click anywhere on a row that did not land on one of its controls. Rows stay plain rows: the
   * keyboard and assistive technology use the links inside them.
   */
  onRowClick?: (rowId: string) => void;
}

const CONTROLS = 'a, button, input, select, textarea, label, summary, [role="button"]';

function rowClickHandler(rowId: string, onRowClick: ((rowId: string) => void) | undefined) {
  if (!onRowClick) return undefined;
  return (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.button !== 0 || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest(CONTROLS)) return;
    // Selecting text in a row is not a request to open it.
    if (window.getSelection()?.toString()) return;
    onRowClick(rowId);
  };
}

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | undefined {
  if (direction === false) return undefined;
  return direction === 'asc' ? 'ascending' : 'descending';
}

/** A sortable column's header is a button (its name is the column's); the cell says the order. */
function HeaderContent<TData extends RowData>({
  table,
  header,
}: {
  table: ReactTable<DataTableFeatures, TData>;
  header: Header<DataTableFeatures, TData, unknown>;
}) {
  const content = <table.FlexRender header={header} />;
  if (!header.column.getCanSort()) return content;
  const sorted = header.column.getIsSorted();
  return (
    <button type="button" className="data-table__sort" onClick={header.column.getToggleSortingHandler()}>
      {content}
      <span className={`data-table__sort-icon data-table__sort-icon--${sorted || 'none'}`} aria-hidden="true" />
    </button>
  );
}

function alignClass(align: 'start' | 'end' | undefined): string | undefined {
  return align === 'end' ? 'data-table__cell--end' : undefined;
}

export function DataTable<TData extends RowData>({
  table,
  label,
  state,
  skeletonRows = 10,
  message,
  selectedRowId,
  onRowClick,
}: DataTableProps<TData>) {
  const columns = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;
  return (
    <div
      className={['data-table', state === 'refreshing' && 'data-table--refreshing', onRowClick && 'data-table--clickable']
        .filter(Boolean)
        .join(' ')}
    >
      <table className="data-table__table" aria-busy={state !== 'ready' || undefined}>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={alignClass(header.column.columnDef.meta?.align)}
                  data-column={header.column.id}
                  aria-sort={header.column.getCanSort() ? ariaSort(header.column.getIsSorted()) : undefined}
                >
                  {header.isPlaceholder ? null : <HeaderContent table={table} header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {state === 'loading' ? (
            <DataTableSkeletonRows columns={columns} rows={skeletonRows} />
          ) : message ? (
            <tr>
              <td colSpan={columns.length} className="data-table__message">
                {message}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr
                key={row.id}
                className="data-table__row"
                aria-current={row.id === selectedRowId ? 'true' : undefined}
                onClick={rowClickHandler(row.id, onRowClick)}
              >
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const content = <table.FlexRender cell={cell} />;
                  const className = alignClass(meta?.align);
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row" className={className} data-column={cell.column.id}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={className} data-column={cell.column.id}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
