import { describe, expect, it } from 'vitest';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { CheckoutIndexStore } from './index-store.ts';

describe.each(DATABASE_BACKENDS)('the index store on $name', (backend) => {
  it('gives the lease to one gateway at a time, until it is given back or runs out', async () => {
    const two = await backend.openTwo();
    try {
      const a = new CheckoutIndexStore(two.first.db);
      const b = new CheckoutIndexStore(two.second.db);
      const takes = await Promise.all([a.takeLease('C1', 'a', 1000, 61_000), b.takeLease('c1', 'b', 1000, 61_000)]);
      expect(takes.filter(Boolean)).toHaveLength(1);
      const [winner, loser] = takes[0] ? (['a', 'b'] as const) : (['b', 'a'] as const);
      const stores = { a, b };

      expect(await stores[winner].takeLease('c1', winner, 2000, 62_000)).toBe(true); // renewed
      expect(await stores[loser].updateState('c1', loser, { lastError: 'not mine' })).toBe(false);
      await stores[winner].releaseLease('c1', winner);
      expect(await stores[loser].takeLease('c1', loser, 3000, 63_000)).toBe(true);
      // A stalled holder's lease runs out; then another may take it.
      expect(await stores[winner].takeLease('c1', winner, 62_999, 100_000)).toBe(false);
      expect(await stores[winner].takeLease('c1', winner, 63_000, 100_000)).toBe(true);
      expect(await a.state('c1')).toMatchObject({ phase: 'first-pass', leaseHolder: winner, leaseUntil: 100_000, lastError: null });
    } finally {
      await two.close();
    }
  });

  it('upserts rows, counting only the new ones', async () => {
    const database = await backend.open();
    try {
      const store = new CheckoutIndexStore(database.db);
      const row = (id: string, status: string) => ({ companyId: 'c1', checkoutId: id, status, history: {}, searchText: id, indexedAt: 1 });
      expect(await store.upsert([row('x', 'created'), row('y', 'created')])).toBe(2);
      expect(await store.upsert([row('x', 'shipped'), row('z', 'created'), row('z', 'readyToShip')])).toBe(1);
      expect(await store.countRows('C1')).toBe(3);
      expect(await store.idsWithStatuses('c1', ['shipped', 'readyToShip'])).toEqual(new Map([['x', 'shipped'], ['z', 'readyToShip']]));
    } finally {
      await database.close();
    }
  });
});
