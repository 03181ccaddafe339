import type { ReactNode } from 'react';
import type { ReactTable, RowData } from '@tanstack/react-table';
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
}: DataTableProps<TData>) {
  const columns = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;
  return (
    <div className={`data-table${state === 'refreshing' ? ' data-table--refreshing' : ''}`}>
      <table className="data-table__table" aria-busy={state !== 'ready' || undefined}>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={alignClass(header.column.columnDef.meta?.align)}>
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
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
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const content = <table.FlexRender cell={cell} />;
                  const className = alignClass(meta?.align);
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={className}>
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
