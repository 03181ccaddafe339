// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAYSON_STATUSES } from '../../../contract/status.ts';
import { StatusFilter } from './status-filter.tsx';

afterEach(cleanup);

describe('StatusFilter, one status at a time (Payson’s own list)', () => {
  it('offers All and every Payson status, with the counts when the gateway gave them', () => {
    render(<StatusFilter value={[]} multiple={false} counts={{ total: 1234, counts: { readyToShip: 7 } }} onChange={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Status' });
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toHaveLength(PAYSON_STATUSES.length + 1);
    expect(options[0]).toMatch(/^All \(1[,.\s\u00a0\u202f]?234\)$/);
    expect(options).toContain('Ready to ship (7)');
    // A status the gateway could not count shows no number rather than a guess.
    expect(options).toContain('Shipped');
    expect(select).toHaveProperty('value', '');
  });

  it('shows the chosen status and reports a choice as the status, All as none', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<StatusFilter value={[]} multiple={false} counts={undefined} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Status' });

    await user.selectOptions(select, 'Ready to ship');
    expect(onChange).toHaveBeenLastCalledWith(['readyToShip']);

    rerender(<StatusFilter value={['readyToShip']} multiple={false} counts={undefined} onChange={onChange} />);
    expect(screen.getByRole('option', { name: 'Ready to ship', selected: true })).toBeTruthy();

    await user.selectOptions(select, 'All');
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

describe('StatusFilter, several statuses (the index)', () => {
  it('is a button named Status that says what is chosen, over a checkbox for All and each status', () => {
    const { rerender } = render(
      <StatusFilter value={[]} multiple counts={{ total: 12, counts: { shipped: 3 } }} onChange={() => {}} />,
    );
    const button = screen.getByRole('button', { name: 'Status' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(button.textContent).toBe('All');
    expect(screen.getByRole('checkbox', { name: 'All (12)', hidden: true })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Shipped (3)', hidden: true })).toHaveProperty('checked', false);
    expect(screen.getAllByRole('checkbox', { hidden: true })).toHaveLength(PAYSON_STATUSES.length + 1);

    rerender(<StatusFilter value={['readyToShip']} multiple counts={undefined} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Status' }).textContent).toBe('Ready to ship');
    rerender(<StatusFilter value={['readyToShip', 'shipped']} multiple counts={undefined} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Status' }).textContent).toBe('2 statuses');
    expect(screen.getByRole('checkbox', { name: 'All', hidden: true })).toHaveProperty('checked', false);
  });

  it('adds and removes statuses, in Payson’s order, and All clears them', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<StatusFilter value={['shipped']} multiple counts={undefined} onChange={onChange} />);

    await user.click(screen.getByRole('checkbox', { name: 'Ready to ship', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith(['readyToShip', 'shipped']);
    await user.click(screen.getByRole('checkbox', { name: 'Shipped', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    await user.click(screen.getByRole('checkbox', { name: 'All', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
