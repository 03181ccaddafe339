import { describe, expect, it } from 'vitest';
import { perKeyConcurrency } from './per-key-concurrency.ts';

const later = <T>(value: T) => new Promise<T>((resolve) => setImmediate(() => resolve(value)));

describe('perKeyConcurrency', () => {
  it('runs queued tasks in order once a slot frees, and a failed task frees its slot too', async () => {
    const limit = perKeyConcurrency(2);
    const started: number[] = [];
    const tasks = [0, 1, 2, 3, 4].map((index) =>
      limit('company', async () => {
        started.push(index);
        if (index === 0) throw new Error('Payson down');
        return later(index);
      }),
    );
    const results = await Promise.allSettled(tasks);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
  });

  it('starts a new burst at full width once the key is idle again', async () => {
    const limit = perKeyConcurrency(2);
    let inFlight = 0;
    let most = 0;
    const task = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await later(undefined);
      inFlight -= 1;
    };
    await Promise.all([task, task, task].map((run) => limit('a', run)));
    most = 0;
    await Promise.all([task, task, task].map((run) => limit('a', run)));
    expect(most).toBe(2);
  });
});
