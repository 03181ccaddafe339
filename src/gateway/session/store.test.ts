import { describe, expect, it } from 'vitest';
import { SessionStore } from './store.ts';

const MINUTE = 60_000;

function storeWithClock() {
  const clock = { now: 1_000_000 };
  const store = new SessionStore({ idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE, now: () => clock.now });
  const session = store.create({
    user: { email: 'a@b.se', name: 'A', roles: [], companyId: 'c' },
    userHash: 'hash',
    tokens: { accessToken: 'access', accessExpiresAt: clock.now + 5 * MINUTE, refreshToken: 'refresh' },
  });
  return { clock, store, session };
}

describe('SessionStore', () => {
  it('keys sessions by a random 256-bit id', () => {
    const { store, session } = storeWithClock();
    expect(Buffer.from(session.id, 'base64url')).toHaveLength(32);
    expect(store.get(session.id)).toBe(session);
    expect(store.get('not-an-id')).toBeUndefined();
  });

  it('ends a session after the idle timeout', () => {
    const { clock, store, session } = storeWithClock();
    clock.now += 30 * MINUTE;
    expect(store.get(session.id)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('restarts the idle clock on every use', () => {
    const { clock, store, session } = storeWithClock();
    for (let i = 0; i < 4; i += 1) {
      clock.now += 29 * MINUTE;
      expect(store.get(session.id)).toBe(session);
    }
  });

  it('ends a session at its absolute lifetime however busy it is', () => {
    const { clock, store, session } = storeWithClock();
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      clock.now += 20 * MINUTE;
      expect(store.get(session.id)).toBe(session);
    }
    clock.now += 20 * MINUTE;
    expect(store.get(session.id)).toBeUndefined();
  });

  it('forgets expired sessions nobody comes back for', () => {
    const { clock, store } = storeWithClock();
    clock.now += 31 * MINUTE;
    store.create({ user: { email: '', name: '', roles: [], companyId: '' }, userHash: '', tokens: { accessToken: '', accessExpiresAt: 0, refreshToken: undefined } });
    expect(store.size).toBe(1);
  });

  it('deletes on sign-out', () => {
    const { store, session } = storeWithClock();
    store.delete(session.id);
    expect(store.get(session.id)).toBeUndefined();
  });
});
