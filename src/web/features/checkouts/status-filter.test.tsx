// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAYSON_STATUSES } from '../../../contract/status.ts';
import { StatusFilter } from './status-filter.tsx';

afterEach(cleanup);

describe('StatusFilter', () => {
  it('offers All and every Payson status, with the counts when the gateway gave them', () => {
    render(<StatusFilter value={undefined} counts={{ total: 1234, counts: { readyToShip: 7 } }} onChange={() => {}} />);
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
    const { rerender } = render(<StatusFilter value={undefined} counts={undefined} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Status' });

    await user.selectOptions(select, 'Ready to ship');
    expect(onChange).toHaveBeenLastCalledWith('readyToShip');

    rerender(<StatusFilter value="readyToShip" counts={undefined} onChange={onChange} />);
    expect(screen.getByRole('option', { name: 'Ready to ship', selected: true })).toBeTruthy();

    await user.selectOptions(select, 'All');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});
