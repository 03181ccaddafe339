import { describe, expect, it } from 'vitest';
import { ROLES } from '../../contract/roles.ts';
import { clearSessionHint, recordSessionHint, SESSION_HINT_KEY, sessionHintAllows } from './session-hint.ts';

function memoryStore() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

const admin = { companyId: 'company-a', roles: [ROLES.write] };
const superadmin = { companyId: 'company-a', roles: [ROLES.superadmin] };

describe('session hint', () => {
  it('is absent until someone signs in', () => {
    expect(sessionHintAllows('company-a', memoryStore())).toBe(false);
  });

  it('allows the signed-in administrator’s own company only', () => {
    const store = memoryStore();
    recordSessionHint(admin, store);
    expect(sessionHintAllows('company-a', store)).toBe(true);
    expect(sessionHintAllows('company-b', store)).toBe(false);
    expect(sessionHintAllows('', store)).toBe(false);
  });

  it('allows every company for a superadmin', () => {
    const store = memoryStore();
    recordSessionHint(superadmin, store);
    expect(sessionHintAllows('company-b', store)).toBe(true);
  });

  it('is removed when nobody is signed in any more', () => {
    const store = memoryStore();
    recordSessionHint(admin, store);
    recordSessionHint(null, store);
    expect(sessionHintAllows('company-a', store)).toBe(false);
    recordSessionHint(admin, store);
    clearSessionHint(store);
    expect(store.values.has(SESSION_HINT_KEY)).toBe(false);
  });

  it('stores nothing about the person but which company they may open', () => {
    const store = memoryStore();
    recordSessionHint({ ...admin, roles: [ROLES.write, ROLES.read] }, store);
    expect([...store.values]).toEqual([[SESSION_HINT_KEY, 'company-a']]);
  });

  it('treats missing or failing storage as no hint, without throwing', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => recordSessionHint(admin, broken)).not.toThrow();
    expect(() => clearSessionHint(broken)).not.toThrow();
    expect(sessionHintAllows('company-a', broken)).toBe(false);
    expect(sessionHintAllows('company-a', undefined)).toBe(false);
  });
});
