import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type RowData,
} from '@tanstack/react-table';

/**
 * The one table setup of the SPA. Tables show one page the server already filtered, sorted and
 * paged, so no client row models are registered: pagination and sorting are manual (the table only
 * keeps their state for the headers and buttons) and only column visibility is local.
 */
export interface DataTableColumnMeta {
  /** The column's name in the column picker. */
  label: string;
  align?: 'start' | 'end';
  /** The cell that names its row for screen readers (rendered as <th scope="row">). */
  rowHeader?: boolean;
  /** How wide the loading placeholder is. */
  skeleton?: 'short' | 'medium' | 'long';
}

export const dataTableFeatures = tableFeatures({
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
