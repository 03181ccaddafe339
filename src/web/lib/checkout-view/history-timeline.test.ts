import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyTimeline, lastChange } from './history-timeline.ts';

/** A wall-clock time in Stockholm in winter (UTC+1), Payson's default zone. */
const local = (...parts: [number, number, number, number, number, number]) =>
  new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] - 1, parts[4], parts[5]));

describe('historyTimeline', () => {
  it('orders the steps oldest first, with every field', () => {
    expect(historyTimeline({ paidToAccount: '2015-10-26T11:35:51', created: '2015-10-26T11:28:05' })).toEqual([
      { key: 'created', status: 'created', at: local(2015, 10, 26, 11, 28, 5), raw: '2015-10-26T11:28:05', invalidTime: false },
      { key: 'paidToAccount', status: 'paidToAccount', at: local(2015, 10, 26, 11, 35, 51), raw: '2015-10-26T11:35:51', invalidTime: false },
    ]);
  });

  it('sorts by time, not by the order of the JSON keys', () => {
    const timeline = historyTimeline({ shipped: '2024-01-03T10:00:00', created: '2024-01-01T10:00:00', readyToShip: '2024-01-02T10:00:00' });
    expect(timeline.map((entry) => entry.key)).toEqual(['created', 'readyToShip', 'shipped']);
  });

  it('keeps unknown keys, and reads known ones in any casing', () => {
    const timeline = historyTimeline({ ReadyToShip: '2024-01-02T10:00:00', refunded: '2024-01-03T10:00:00' });
    expect(timeline.map(({ key, status }) => ({ key, status }))).toEqual([
      { key: 'ReadyToShip', status: 'readyToShip' },
      { key: 'refunded', status: 'refunded' },
    ]);
  });

  it('keeps invalid times last, as written and flagged', () => {
    const timeline = historyTimeline({ shipped: 'soon', created: '2024-01-01T10:00:00', canceled: '' });
    expect(timeline.map(({ key, at, raw, invalidTime }) => ({ key, at, raw, invalidTime }))).toEqual([
      { key: 'created', at: local(2024, 1, 1, 10, 0, 0), raw: '2024-01-01T10:00:00', invalidTime: false },
      { key: 'shipped', at: undefined, raw: 'soon', invalidTime: true },
      { key: 'canceled', at: undefined, raw: '', invalidTime: true },
    ]);
  });

  it('breaks ties in the lifecycle’s order, unknown statuses after known ones', () => {
    const same = '2024-01-01T10:00:00';
    const timeline = historyTimeline({ zeta: same, formsFilled: same, created: same, alpha: same });
    expect(timeline.map((entry) => entry.key)).toEqual(['created', 'formsFilled', 'alpha', 'zeta']);
  });

  it('is empty for a missing or empty history', () => {
    expect(historyTimeline(undefined)).toEqual([]);
    expect(historyTimeline({})).toEqual([]);
  });

  it('keeps every entry, times ascending, undated ones last, whatever the input', () => {
    const timestamp = fc.oneof(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string({ maxLength: 25 }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 20 }), timestamp), (history) => {
        const timeline = historyTimeline(history);
        expect(timeline).toHaveLength(Object.keys(history).length);
        const firstUndated = timeline.findIndex((entry) => entry.at === undefined);
        const dated = firstUndated === -1 ? timeline : timeline.slice(0, firstUndated);
        expect(timeline.slice(dated.length).every((entry) => entry.invalidTime && entry.at === undefined)).toBe(true);
        for (let i = 1; i < dated.length; i += 1) {
          expect(dated[i]?.at?.getTime()).toBeGreaterThanOrEqual(dated[i - 1]?.at?.getTime() ?? Number.NaN);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lastChange', () => {
  it('is the newest step', () => {
    expect(lastChange({ created: '2024-01-01T10:00:00', shipped: '2024-01-05T08:00:00', readyToShip: '2024-01-02T10:00:00' })).toMatchObject({
      key: 'shipped',
      at: local(2024, 1, 5, 8, 0, 0),
    });
  });

  it('skips invalid times, and is undefined when no time is readable', () => {
    expect(lastChange({ created: '2024-01-01T10:00:00', shipped: 'not a date' })?.key).toBe('created');
    expect(lastChange({ shipped: 'not a date' })).toBeUndefined();
    expect(lastChange(undefined)).toBeUndefined();
  });

  it('compares instants, not strings, when offsets differ', () => {
    const change = lastChange({ readyToShip: '2024-01-01T10:00:00+02:00', shipped: '2024-01-01T09:30:00Z' });
    expect(change?.key).toBe('shipped');
  });
});
