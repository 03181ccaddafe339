import type { ReactNode } from 'react';
import './description-list.css';

export interface DescriptionItem {
  label: string;
  value: ReactNode;
}

export interface DescriptionListProps {
  items: readonly DescriptionItem[];
  /** `stacked` puts each label above its value, for narrow places. */
  layout?: 'columns' | 'stacked';
}

/** Label and value pairs (`<dl>`); one `<div>` per pair keeps them together when they wrap. */
export function DescriptionList({ items, layout = 'columns' }: DescriptionListProps) {
  return (
    <dl className={`description-list description-list--${layout}`}>
      {items.map((item) => (
        <div key={item.label} className="description-list__row">
          <dt className="description-list__label">{item.label}</dt>
          <dd className="description-list__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
