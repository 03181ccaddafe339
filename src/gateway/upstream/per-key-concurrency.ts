/**
 * At most `limit` tasks at once per key; the rest wait their turn in order. Used to keep one
 * company's burst of work (status counts, many tabs) from fanning out into dozens of parallel calls
 * at its Payson merchant: the calls queue instead.
 */
export type KeyedLimiter = <T>(key: string, task: () => Promise<T>) => Promise<T>;

interface Lane {
  active: number;
  waiting: (() => void)[];
}

export function perKeyConcurrency(limit: number): KeyedLimiter {
  const lanes = new Map<string, Lane>();

  return async <T>(key: string, task: () => Promise<T>): Promise<T> => {
    let lane = lanes.get(key);
    if (!lane) {
      lane = { active: 0, waiting: [] };
      lanes.set(key, lane);
    }
    const current = lane;
    if (current.active >= limit) await new Promise<void>((resolve) => current.waiting.push(resolve));
    else current.active += 1;
    try {
      return await task();
    } finally {
      // The finished task's slot passes straight to the next in line, or is given back.
      const next = current.waiting.shift();
      if (next) next();
      else {
        current.active -= 1;
        if (current.active === 0) lanes.delete(key);
      }
    }
  };
}
