import type { Order } from '../../../contract/payson.ts';
import type { HeadingLevel } from '../../components/ui/heading.tsx';
import { orderTotals } from '../../lib/checkout-view/order-totals.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { DetailSection } from './detail-section.tsx';
import { OrderItemRow } from './order-item-row.tsx';
import { OrderTotalsMismatch } from './order-totals-mismatch.tsx';
import { OrderTotalsList } from './order-totals-list.tsx';

export interface OrderItemsProps {
  order: Order | undefined;
  level: HeadingLevel;
}

const columns = messages.detail.items.columns;

/**
 * The order's lines and, below them as on an invoice, the order's own totals (what Payson charges),
 * with a visible note where the lines do not add up to them.
 */
export function OrderItems({ order, level }: OrderItemsProps) {
  const text = messages.detail.items;
  if (!order || order.items.length === 0) {
    return (
      <DetailSection title={text.heading} level={level}>
        <p className="muted">{text.none}</p>
      </DetailSection>
    );
  }
  const totals = orderTotals(order);
  return (
    <DetailSection title={text.heading} level={level}>
      {/* Focusable so keyboard users can scroll the wide table sideways. */}
      <div className="items-table" role="group" aria-label={text.heading} tabIndex={0}>
        <table className="items-table__table" aria-label={text.heading}>
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.reference}</th>
              <th scope="col">{columns.type}</th>
              <th scope="col" className="numeric-cell">{columns.quantity}</th>
              <th scope="col" className="numeric-cell">{columns.unitPrice}</th>
              <th scope="col" className="numeric-cell">{columns.discount}</th>
              <th scope="col" className="numeric-cell">{columns.taxRate}</th>
              <th scope="col" className="numeric-cell">{columns.excludingTax}</th>
              <th scope="col" className="numeric-cell">{columns.tax}</th>
              <th scope="col" className="numeric-cell">{columns.includingTax}</th>
              <th scope="col" className="numeric-cell">{columns.credited}</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item, index) => (
              <OrderItemRow key={item.itemId ?? index} item={item} currency={order.currency} />
            ))}
          </tbody>
        </table>
      </div>
      <OrderTotalsList totals={totals} currency={order.currency} />
      <OrderTotalsMismatch totals={totals} currency={order.currency} />
    </DetailSection>
  );
}
