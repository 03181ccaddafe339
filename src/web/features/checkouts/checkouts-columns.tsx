import type { CheckoutListRow } from '../../../contract/checkout-search.ts';
import { createDataTableColumnHelper, type DataTableColumnMeta } from '../../components/data-table/data-table-features.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { itemCount } from '../../lib/checkout-fields.ts';
import { customerDisplayName } from '../../lib/checkout-view/customer-display-name.ts';
import { lastChange } from '../../lib/checkout-view/history-timeline.ts';
import { formatAmount, formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { CheckoutIdCell } from './checkout-id-cell.tsx';
import { CustomerCell } from './customer-cell.tsx';
import { DateTimeCell } from './date-time-cell.tsx';

const helper = createDataTableColumnHelper<CheckoutListRow>();
const names = messages.checkouts.columns;

/**
 * Texts are read when shown, not when this module loads: the server renders every language from
 * one copy of it, and the browser switches language without loading it again.
 */
function labelled(name: keyof typeof names, meta: Omit<DataTableColumnMeta, 'label'>): DataTableColumnMeta {
  return Object.defineProperty(meta, 'label', { get: () => names[name], enumerable: true }) as DataTableColumnMeta;
}

/**
 * The checkout list's columns. The table shows one server page: the columns whose ids are the
 * gateway's sort keys (CHECKOUT_SORT_KEYS) sort there when the list comes from the index.
 */
export const checkoutsColumns = helper.columns([
  helper.accessor('id', {
    id: 'id',
    header: () => names.id,
    enableHiding: false,
    enableSorting: false,
    meta: labelled('id', { skeleton: 'short' }),
    cell: ({ row }) => <CheckoutIdCell checkout={row.original} />,
  }),
  helper.accessor('status', {
    id: 'status',
    header: () => names.status,
    meta: labelled('status', { skeleton: 'short' }),
    cell: ({ getValue }) => <StatusBadge status={getValue()} />,
  }),
  helper.accessor((checkout) => customerDisplayName(checkout.customer), {
    id: 'customer',
    header: () => names.customer,
    enableHiding: false,
    meta: labelled('customer', { rowHeader: true, skeleton: 'long' }),
    cell: ({ row }) => <CustomerCell checkout={row.original} />,
  }),
  helper.accessor((checkout) => checkout.customer?.email, {
    id: 'email',
    header: () => names.email,
    enableSorting: false,
    meta: labelled('email', { skeleton: 'long' }),
    cell: ({ getValue }) => {
      const email = getValue();
      return email ? (
        <span className="cell-truncate" title={email}>
          {email}
        </span>
      ) : (
        <span className="muted">{messages.format.missing}</span>
      );
    },
  }),
  helper.accessor((checkout) => checkout.order?.totalPriceIncludingTax, {
    id: 'amount',
    header: () => names.amount,
    meta: labelled('amount', { align: 'end', skeleton: 'short' }),
    cell: ({ getValue, row }) => (
      <span className="numeric">{formatAmount(getValue(), row.original.order?.currency, userLocale())}</span>
    ),
  }),
  // Index rows keep the number of items, not the items.
  helper.accessor((checkout) => checkout.itemCount ?? itemCount(checkout), {
    id: 'items',
    header: () => names.items,
    enableSorting: false,
    meta: labelled('items', { align: 'end', skeleton: 'short' }),
    cell: ({ getValue }) => <span className="numeric">{formatCount(getValue(), userLocale())}</span>,
  }),
  helper.accessor((checkout) => checkout.history['created'], {
    id: 'created',
    header: () => names.created,
    meta: labelled('created', { skeleton: 'medium' }),
    cell: ({ getValue }) => <DateTimeCell value={getValue()} />,
  }),
  helper.accessor((checkout) => lastChange(checkout.history)?.raw, {
    id: 'lastChange',
    header: () => names.lastChange,
    meta: labelled('lastChange', { skeleton: 'medium' }),
    cell: ({ getValue }) => <DateTimeCell value={getValue()} />,
  }),
]);
