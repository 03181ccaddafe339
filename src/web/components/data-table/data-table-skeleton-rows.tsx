import type { Column, RowData } from '@tanstack/react-table';
import { Skeleton } from '../ui/skeleton.tsx';
import type { DataTableFeatures } from './data-table-features.ts';

export interface DataTableSkeletonRowsProps<TData extends RowData> {
  columns: Array<Column<DataTableFeatures, TData, unknown>>;
  rows: number;
}

/** Placeholder rows with the real columns, so nothing moves when the data arrives. */
export function DataTableSkeletonRows<TData extends RowData>({ columns, rows }: DataTableSkeletonRowsProps<TData>) {
  return Array.from({ length: rows }, (_, index) => (
    <tr key={index} className="data-table__skeleton-row">
      {columns.map((column) => (
        <td
          key={column.id}
          className={column.columnDef.meta?.align === 'end' ? 'data-table__cell--end' : undefined}
          data-column={column.id}
        >
          <Skeleton width={column.columnDef.meta?.skeleton ?? 'medium'} />
        </td>
      ))}
    </tr>
  ));
}
