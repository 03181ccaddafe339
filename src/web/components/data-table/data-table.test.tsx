// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataTableColumnPicker } from './data-table-column-picker.tsx';
import { createDataTableColumnHelper } from './data-table-features.ts';
import { DataTablePagination } from './data-table-pagination.tsx';
import { DataTable, type DataTableState } from './data-table.tsx';
import { useDataTable } from './use-data-table.ts';

/** The kit on a small table of its own, as a feature would use it. */
interface Fruit {
  id: string;
  name: string;
  colour: string;
}

const helper = createDataTableColumnHelper<Fruit>();
const columns = helper.columns([
  helper.accessor('name', { id: 'name', header: 'Name', enableHiding: false, meta: { label: 'Name', rowHeader: true } }),
  helper.accessor('colour', { id: 'colour', header: 'Colour', meta: { label: 'Colour' } }),
]);

const FRUITS: Fruit[] = [
  { id: 'a', name: 'Apple', colour: 'Red' },
  { id: 'b', name: 'Banana', colour: 'Yellow' },
];

interface FruitTableProps {
  state?: DataTableState;
  message?: string;
  pageCount?: number;
  onRowClick?: (id: string) => void;
  selectedRowId?: string;
}

function FruitTable({ state = 'ready', message, pageCount = 3, onRowClick, selectedRowId }: FruitTableProps) {
  const [page, setPage] = useState(1);
  const table = useDataTable({
    tableId: 'fruit',
    columns,
    data: FRUITS,
    getRowId: (fruit) => fruit.id,
    page: { page, pageSize: 2, pageCount, rowCount: pageCount * 2, onPageChange: setPage },
  });
  return (
    <>
      <DataTableColumnPicker table={table} label="Columns" description="Columns to show" />
      <DataTable table={table} label="Fruit" state={state} message={message} onRowClick={onRowClick} selectedRowId={selectedRowId} />
      <DataTablePagination table={table} />
    </>
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('DataTable', () => {
  it('is a named table with column headers and one row header per row', () => {
    render(<FruitTable selectedRowId="b" />);
    const table = screen.getByRole('table', { name: 'Fruit' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Colour']);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Apple', 'Banana']);
    const banana = within(table).getByRole('row', { name: /Banana/ });
    expect(banana.getAttribute('aria-current')).toBe('true');
    expect(within(table).getByRole('row', { name: /Apple/ }).getAttribute('aria-current')).toBeNull();
  });

  it('shows placeholders while loading, busy, and a message instead of rows', () => {
    const { rerender } = render(<FruitTable state="loading" />);
    const table = screen.getByRole('table', { name: 'Fruit' });
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(within(table).queryByRole('rowheader', { name: 'Apple' })).toBeNull();

    rerender(<FruitTable message="No fruit here" />);
    expect(table.getAttribute('aria-busy')).toBeNull();
    expect(within(table).getByRole('cell', { name: 'No fruit here' })).toBeTruthy();
    expect(within(table).queryByRole('rowheader', { name: 'Apple' })).toBeNull();
  });

  it('opens a row clicked anywhere but on a control', async () => {
    const onRowClick = vi.fn();
    const user = userEvent.setup();
    render(<FruitTable onRowClick={onRowClick} />);
    await user.click(screen.getByRole('cell', { name: 'Yellow' }));
    expect(onRowClick).toHaveBeenCalledWith('b');
  });
});

describe('DataTablePagination', () => {
  it('moves between pages, the unavailable buttons refusing', async () => {
    const user = userEvent.setup();
    render(<FruitTable />);
    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByRole('status').textContent).toBe('Page 1 of 3');
    const previous = within(pagination).getByRole('button', { name: 'Previous page' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');

    await user.click(previous);
    expect(within(pagination).getByRole('status').textContent).toBe('Page 1 of 3');
    await user.click(within(pagination).getByRole('button', { name: 'Next page' }));
    expect(within(pagination).getByRole('status').textContent).toBe('Page 2 of 3');
    await user.click(within(pagination).getByRole('button', { name: 'Last page' }));
    expect(within(pagination).getByRole('status').textContent).toBe('Page 3 of 3');
    expect(within(pagination).getByRole('button', { name: 'Next page' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(within(pagination).getByRole('button', { name: 'First page' }));
    expect(within(pagination).getByRole('status').textContent).toBe('Page 1 of 3');
  });
});

describe('DataTableColumnPicker', () => {
  it('hides and shows the columns that may be hidden, and remembers the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<FruitTable />);
    const picker = screen.getByRole('group', { name: 'Columns to show' });
    expect(within(picker).queryByRole('checkbox', { name: 'Name' })).toBeNull();
    const colour = within(picker).getByRole('checkbox', { name: 'Colour' });
    expect(colour).toHaveProperty('checked', true);

    await user.click(colour);
    const table = screen.getByRole('table', { name: 'Fruit' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name']);
    expect(within(table).queryByRole('cell', { name: 'Yellow' })).toBeNull();

    unmount();
    render(<FruitTable />);
    expect(within(screen.getByRole('table', { name: 'Fruit' })).getAllByRole('columnheader')).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: 'Colour' }));
    expect(within(screen.getByRole('table', { name: 'Fruit' })).getAllByRole('columnheader')).toHaveLength(2);
  });
});
