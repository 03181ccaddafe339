import type { CheckoutListRow } from '../../../contract/checkout-search.ts';
import { createDataTableColumnHelper } from '../../components/data-table/data-table-features.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { ExpiresCell } from './expires-cell.tsx';

const helper = createDataTableColumnHelper<CheckoutListRow>();

/** The work queue's column: when Payson expires the checkout, counted in days. */
export function expiresColumn() {
  const name = messages.queue.expiresColumn;
  return helper.accessor((row) => row.expiresAt, {
    id: 'expires',
    header: name,
    enableHiding: false,
    meta: { label: name, skeleton: 'medium' },
    cell: ({ getValue }) => <ExpiresCell value={getValue()} />,
  });
}

/** All companies' column: whose checkout the row is. */
export function companyColumn() {
  const name = messages.queue.companyColumn;
  return helper.accessor((row) => row.companyName ?? row.companyId, {
    id: 'company',
    header: name,
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
