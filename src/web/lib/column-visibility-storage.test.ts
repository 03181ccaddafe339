import { describe, expect, it } from 'vitest';
import { columnVisibilityKey, readColumnVisibility, writeColumnVisibility } from './column-visibility-storage.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('column visibility storage', () => {
  it('round-trips a choice', () => {
    const store = memoryStore();
    writeColumnVisibility(store, 'checkouts', { email: false, items: true });
    expect(readColumnVisibility(store, 'checkouts', ['email', 'items'])).toEqual({ email: false, items: true });
  });

  it('drops unknown column ids and unreadable values', () => {
    const key = columnVisibilityKey('checkouts');
    expect(readColumnVisibility(memoryStore({ [key]: '{"email":false,"gone":false}' }), 'checkouts', ['email'])).toEqual({
      email: false,
    });
    expect(readColumnVisibility(memoryStore({ [key]: 'not json' }), 'checkouts', ['email'])).toEqual({});
    expect(readColumnVisibility(memoryStore({ [key]: '{"email":"no"}' }), 'checkouts', ['email'])).toEqual({});
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readColumnVisibility(broken, 'checkouts', ['email'])).toEqual({});
    expect(() => writeColumnVisibility(broken, 'checkouts', { email: false })).not.toThrow();
    expect(readColumnVisibility(undefined, 'checkouts', ['email'])).toEqual({});
  });
});
