import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './start-sandbox.ts';
import { listPage, paysonAuthorization, signIn, startTestSandbox } from './test-support.ts';

let sandbox: RunningSandbox;
let checkout: Record<string, unknown>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const token = (await signIn(sandbox, 'admin@sandbox.test')).access_token;
  checkout = (await listPage(sandbox, await paysonAuthorization(sandbox, token), '?status=readyToShip')).data[0] ?? {};
});
afterAll(() => sandbox.close());

describe('the embedded checkout page', () => {
  it('is where a generated snippet points', () => {
    expect(checkout.snippet).toContain(`url="${sandbox.urls.embed}?id=${String(checkout.id)}"`);
  });

  it('shows merchant, items, total and status under a CSP that allows no script', async () => {
    const response = await fetch(`${sandbox.urls.embed}?id=${String(checkout.id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const html = await response.text();
    expect(html).toContain('Salong Klippoteket');
    expect(html).toContain('Betald, väntar på leverans');
    const items = (checkout.order as { items: { name: string }[] }).items;
    for (const item of items) expect(html).toContain(item.name);
    expect(html).not.toContain('<script');
  });

  it('answers 404 for an unknown checkout', async () => {
    expect((await fetch(`${sandbox.urls.embed}?id=nothing`)).status).toBe(404);
  });

  it('serves a small script', async () => {
    const response = await fetch(`${sandbox.origin}/embedded/payson.js`);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect((await response.text()).length).toBeLessThan(1000);
  });
});
