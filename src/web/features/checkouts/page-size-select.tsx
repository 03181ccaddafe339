import { PAGE_SIZES, pageSizeFrom, type PageSize } from '../../../contract/checkout-search.ts';
import { SelectField } from '../../components/ui/select-field.tsx';
import { messages } from '../../lib/i18n/messages.ts';

export interface PageSizeSelectProps {
  value: PageSize;
  onChange: (size: PageSize) => void;
}

/** "Rows per page": 20, 50 or 100. */
export function PageSizeSelect({ value, onChange }: PageSizeSelectProps) {
  return (
    <SelectField
      label={messages.search.rowsPerPage}
      className="page-size"
      value={String(value)}
      onChange={(event) => {
        const size = pageSizeFrom(event.target.value);
        if (size) onChange(size);
      }}
    >
      {PAGE_SIZES.map((size) => (
        <option key={size} value={size}>
          {size}
        </option>
      ))}
    </SelectField>
  );
}
