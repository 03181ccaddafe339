import type { CheckoutListRow } from '../../../contract/checkout-search.ts';
import { createDataTableColumnHelper } from '../../components/data-table/data-table-features.ts';
import type { UseDataTableOptions } from '../../components/data-table/use-data-table.ts';
import { currentLanguage, messages } from '../../lib/i18n/messages.ts';
import { checkoutsColumns } from './checkouts-columns.tsx';
import { ExpiresCell } from './expires-cell.tsx';

const helper = createDataTableColumnHelper<CheckoutListRow>();
type Columns = UseDataTableOptions<CheckoutListRow>['columns'];

/** The work queue's column: when Payson expires the checkout, counted in days. */
function expiresColumn() {
  const name = messages.queue.expiresColumn;
  return helper.accessor((row) => row.expiresAt, {
    id: 'expires',
    header: name,
    enableHiding: false,
    // The work queue's order is this column's, ascending: the gateway's, not a header's choice.
    enableSorting: false,
    meta: { label: name, skeleton: 'medium' },
    cell: ({ getValue }) => <ExpiresCell value={getValue()} />,
  });
}

/** All companies' column: whose checkout the row is. */
function companyColumn() {
  const name = messages.queue.companyColumn;
  return helper.accessor((row) => row.companyName ?? row.companyId, {
    id: 'company',
    header: name,
    enableSorting: false,
    meta: { label: name, skeleton: 'medium' },
    cell: ({ getValue, row }) => {
      const company = getValue();
      return company ? (
        <span className="cell-truncate" title={row.original.companyId}>
          {company}
        </span>
      ) : (
        <span className="muted">{messages.format.missing}</span>
      );
    },
  });
}

const cache = new Map<string, Columns>();

/**
 * The list's columns for a view: the work queue adds Expires after Status, All companies adds
 * Company after Customer. Built once per combination (and language: the headers are text), so the
 * table keeps stable columns.
 */
export function checkoutsColumnsFor({ attention, allCompanies }: { attention: boolean; allCompanies: boolean }): Columns {
  if (!attention && !allCompanies) return checkoutsColumns;
  const key = `${currentLanguage()}/${attention}/${allCompanies}`;
  let columns = cache.get(key);
  if (!columns) {
    columns = checkoutsColumns.flatMap((column): Columns => {
      if (column.id === 'status' && attention) return [column, expiresColumn()];
      if (column.id === 'customer' && allCompanies) return [column, companyColumn()];
      return [column];
    });
    cache.set(key, columns);
  }
  return columns;
}
