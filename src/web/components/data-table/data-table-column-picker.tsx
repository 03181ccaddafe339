import { useId } from 'react';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { Icon } from '../ui/icons.tsx';
import type { DataTableFeatures } from './data-table-features.ts';

export interface DataTableColumnPickerProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>;
  /** The button's name, e.g. "Columns". */
  label: string;
  /** What the menu is for, read with its checkboxes. */
  description: string;
}

/**
 * A popover of checkboxes (native `popover`: light dismiss, Escape, focus return and the button's
 * expanded state come from the browser).
 */
export function DataTableColumnPicker<TData extends RowData>({
  table,
  label,
  description,
}: DataTableColumnPickerProps<TData>) {
  const popoverId = useId();
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <div className="column-picker">
      <button
        type="button"
        className="button button--secondary button--medium column-picker__button"
        popoverTarget={popoverId}
      >
        <Icon name="columns" />
        {label}
      </button>
      <div id={popoverId} popover="auto" className="column-picker__popover">
        <fieldset className="column-picker__fieldset">
          <legend className="column-picker__legend">{description}</legend>
          {hideable.map((column) => (
            <label key={column.id} className="column-picker__option">
              <input
                type="checkbox"
                checked={column.getIsVisible()}
                onChange={(event) => column.toggleVisibility(event.target.checked)}
              />
              {column.columnDef.meta?.label ?? column.id}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
