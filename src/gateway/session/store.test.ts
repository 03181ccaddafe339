import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRows, type Database } from '../db/database.ts';
import { DATABASE_BACKENDS } from '../db/testing/test-databases.ts';
import { SessionStore } from './store.ts';

const MINUTE = 60_000;
const SECRET = 'a-test-secret-of-at-least-32-characters';

describe.each(DATABASE_BACKENDS)('SessionStore on $name', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database.close());

  async function storeWithSession(secret = SECRET) {
    const clock = { now: 1_000_000 + Math.floor(Math.random() * 1_000_000) };
    const store = new SessionStore({ db: database.db, secret, idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE, now: () => clock.now });
    const { id, session } = await store.create({
      user: { email: 'a@b.se', name: 'A', roles: [], companyId: 'c' },
      userHash: 'hash',
      tokens: { accessToken: `access-${clock.now}`, accessExpiresAt: clock.now + 5 * MINUTE, refreshToken: `refresh-${clock.now}` },
    });
    return { clock, store, id, session };
  }

  const rowCount = async (idHash: string) =>
    (await rawRows<{ n: number }>(database.db, sql`select count(*)::int as n from sessions where id_hash = ${idHash}`))[0]?.n;

  it('gives the cookie a random 256-bit id and keeps only its SHA-256 in the database', async () => {
    const { store, id, session } = await storeWithSession();
    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
    expect(session.idHash).toBe(createHash('sha256').update(id).digest('base64url'));
    expect((await store.get(id))?.user.email).toBe('a@b.se');
    expect(await store.get(session.idHash)).toBeUndefined(); // the stored hash is no cookie
    expect(await store.get('not-an-id')).toBeUndefined();
  });

  it('holds no token, cookie id or secret in the database as plain text', async () => {
    const { id, session } = await storeWithSession();
    const rows = await rawRows<Record<string, unknown>>(database.db, sql`select * from sessions`);
    const dump = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(0);
    for (const secret of [session.tokens.accessToken, session.tokens.refreshToken!, id, SECRET]) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(Buffer.from(secret).toString('base64'));
      expect(dump).not.toContain(Buffer.from(secret).toString('base64url'));
    }
  });

  it('opens the tokens again with the same secret (another gateway), and not with another', async () => {
    const { clock, id, session } = await storeWithSession();
    const peer = new SessionStore({ db: database.db, secret: SECRET, idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE, now: () => clock.now });
    expect((await peer.get(id))?.tokens).toEqual(session.tokens);
    const stranger = new SessionStore({ db: database.db, secret: `${SECRET}-other`, idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE, now: () => clock.now });
    expect(await stranger.get(id)).toBeUndefined();
  });

  it('ends a session after the idle timeout and deletes its row', async () => {
    const { clock, store, id, session } = await storeWithSession();
    clock.now += 30 * MINUTE;
    expect(await store.get(id)).toBeUndefined();
    expect(await rowCount(session.idHash)).toBe(0);
  });

  it('restarts the idle clock on every use', async () => {
    const { clock, store, id } = await storeWithSession();
    for (let i = 0; i < 4; i += 1) {
      clock.now += 29 * MINUTE;
      expect(await store.get(id)).toBeDefined();
    }
  });

  it('ends a session at its absolute lifetime however busy it is', async () => {
    const { clock, store, id } = await storeWithSession();
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      clock.now += 20 * MINUTE;
      expect(await store.get(id)).toBeDefined();
    }
    clock.now += 20 * MINUTE;
    expect(await store.get(id)).toBeUndefined();
  });

  it('purges expired sessions nobody comes back for at the next sign-in', async () => {
    const { clock, store, session } = await storeWithSession();
    clock.now += 31 * MINUTE;
    await store.create({ user: { email: '', name: '', roles: [], companyId: '' }, userHash: '', tokens: { accessToken: 'x', accessExpiresAt: 0, refreshToken: undefined } });
    expect(await rowCount(session.idHash)).toBe(0);
  });

  it('deletes on sign-out', async () => {
    const { store, id, session } = await storeWithSession();
    await store.delete(session);
    expect(await store.get(id)).toBeUndefined();
    expect(await rowCount(session.idHash)).toBe(0);
  });
});
