import type { OrderItem } from '../../../contract/payson.ts';
import { formatAmount, formatQuantity, formatRate } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';

export interface OrderItemRowProps {
  item: OrderItem;
  currency: string | undefined;
}

// The object, not its string: texts are read at render (the server renders every language from one module).
const format = messages.format;

function typeLabel(type: string | undefined): string {
  if (!type?.trim()) return format.missing;
  return messages.detail.items.types[type.trim().toLowerCase()] ?? type;
}

export function OrderItemRow({ item, currency }: OrderItemRowProps) {
  const locale = userLocale();
  const amount = (value: number | undefined) => formatAmount(value, currency, locale);
  return (
    <tr>
      <th scope="row" className="items-table__name">
        {item.name?.trim() ? item.name : <span className="muted">{messages.detail.items.noName}</span>}
      </th>
      <td className="mono">{item.reference?.trim() ? item.reference : format.missing}</td>
      <td>{typeLabel(item.type)}</td>
      <td className="numeric-cell">{formatQuantity(item.quantity, locale)}</td>
      <td className="numeric-cell">{amount(item.unitPrice)}</td>
      <td className="numeric-cell">{item.discountRate ? formatRate(item.discountRate, locale) : format.missing}</td>
      <td className="numeric-cell">{formatRate(item.taxRate, locale)}</td>
      <td className="numeric-cell">{amount(item.totalPriceExcludingTax)}</td>
      <td className="numeric-cell">{amount(item.totalTaxAmount)}</td>
      <td className="numeric-cell">{amount(item.totalPriceIncludingTax)}</td>
      <td className="numeric-cell">{amount(item.creditedAmount)}</td>
    </tr>
  );
}
