import { afterEach, describe, expect, it } from 'vitest';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';
import { MemoryRateLimitStore, takeToken } from './rate-limit.ts';

describe('takeToken', () => {
  const rule = { burst: 3, perSecond: 2 };

  it('lets a burst through at once, then one request per refill', () => {
    let bucket;
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const taken = takeToken(bucket, rule, 0);
      bucket = taken.bucket;
      waits.push(taken.waitMs);
    }
    expect(waits).toEqual([0, 0, 0, 500]);
    expect(takeToken(bucket, rule, 499).waitMs).toBe(2);
    expect(takeToken(bucket, rule, 500).waitMs).toBe(0);
  });

  it('refills up to the burst, never beyond', () => {
    const idle = takeToken({ tokens: 0, updatedAt: 0 }, rule, 3_600_000);
    expect(idle.bucket.tokens).toBe(2);
  });
});

describe('MemoryRateLimitStore', () => {
  it('keeps one bucket per key', async () => {
    const store = new MemoryRateLimitStore();
    const take = (key: string) =>
      store.update(key, (bucket) => {
        const taken = takeToken(bucket, { burst: 1, perSecond: 1 }, 0);
        return { bucket: taken.bucket, result: taken.waitMs };
      });
    expect([await take('a'), await take('a'), await take('b')]).toEqual([0, 1000, 0]);
  });
});

describe('the /api rate limit', () => {
  let gateway: GatewayWithSandbox;
  afterEach(() => gateway.close());
  const clock = { now: Date.now() };

  async function start() {
    gateway = await startGatewayWithSandbox({ apiRate: { burst: 5, perSecond: 1 }, trustedProxies: 1 }, { now: () => clock.now });
  }

  it('answers a session past its burst 429 with Retry-After, and lets it on after the refill', async () => {
    await start();
    const browser = gateway.browser();
    await browser.request('POST', '/api/session', { json: { email: 'admin@sandbox.test', password: 'sandbox' }, headers: { 'X-Forwarded-For': '192.0.2.1' } });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await browser.get('/api/session')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await browser.get('/api/session');
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect(limited.headers.get('Cache-Control')).toBe('no-store');
    expect(await limited.json()).toEqual({ error: { code: 'too_many_requests', message: 'Too many requests. Please wait a moment and try again.' } });

    // Another session from the same address has its own bucket.
    const colleague = gateway.browser();
    await colleague.request('POST', '/api/session', { json: { email: 'admin@sandbox.test', password: 'sandbox' }, headers: { 'X-Forwarded-For': '192.0.2.1' } });
    expect((await colleague.get('/api/session')).status).toBe(200);

    clock.now += 1000;
    expect((await browser.get('/api/session')).status).toBe(200);
    expect((await browser.get('/api/session')).status).toBe(429);
  });

  it('counts requests without a live session by client address, whatever cookie they make up', async () => {
    await start();
    const from = (client: string, cookie: string) => gateway.app.request('http://gateway.test/api/config', { headers: { 'X-Forwarded-For': client, Cookie: `session=${cookie}` } });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await from('203.0.113.7', `made-up-${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await from('203.0.113.8', 'made-up')).status).toBe(200);
  });
});
