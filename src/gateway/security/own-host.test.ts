import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';

/** Sandbox mode on port 4173: the origin is that port under the loopback names. */
const LOOPBACK = ['http://localhost:4173', 'http://127.0.0.1:4173', 'http://[::1]:4173'];

let gateway: GatewayWithSandbox;
afterEach(() => gateway.close());

async function start() {
  const staticDir = mkdtempSync(join(tmpdir(), 'own-host-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Payson checkouts</title>');
  const control = () => Promise.resolve(Response.json({ reset: true }));
  gateway = await startGatewayWithSandbox({ publicOrigins: LOOPBACK }, { staticDir, control });
}

const request = (url: string, init: RequestInit = {}) => gateway.app.request(url, init);

describe('requests addressed to another host (DNS rebinding)', () => {
  it('answers /api under each loopback name', async () => {
    await start();
    for (const origin of LOOPBACK) expect((await request(`${origin}/api/config`)).status, origin).toBe(200);
  });

  it('answers /api and the sandbox control routes 421 under any other name, even with a matching Origin', async () => {
    await start();
    const read = await request('http://rebind.example:4173/api/config');
    expect(read.status).toBe(421);
    expect(await read.json()).toEqual({ error: { code: 'misdirected', message: 'This server does not answer for this host name.' } });

    const signIn = await request('http://rebind.example:4173/api/session', {
      method: 'POST',
      headers: { Origin: 'http://rebind.example:4173', 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@sandbox.test', password: 'sandbox' }),
    });
    expect(signIn.status).toBe(421);
    expect(signIn.headers.getSetCookie()).toEqual([]);

    expect((await request('http://rebind.example:4173/__sandbox/reset', { method: 'POST' })).status).toBe(421);
    expect((await request('http://localhost:4174/api/config')).status).toBe(421);
  });

  it('still serves the static files, which hold nothing of anyone’s', async () => {
    await start();
    const page = await request('http://rebind.example:4173/companies/x/checkouts');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Payson checkouts</title>');
  });

  it('refuses a state change naming a rebinding origin even under our own host', async () => {
    await start();
    const response = await request('http://127.0.0.1:4173/api/session', {
      method: 'DELETE',
      headers: { Origin: 'http://rebind.example:4173' },
    });
    expect(response.status).toBe(403);
  });
});
