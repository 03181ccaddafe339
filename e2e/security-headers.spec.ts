import { expect, test, type APIResponse } from '@playwright/test';

/**
 * The headers of the built app as the gateway serves it: a strict Content-Security-Policy, the other
 * security headers on every kind of response, and caching right for each kind of file.
 */

/** The CSP's directives by name, each a list of sources. */
function directives(response: APIResponse): Map<string, string[]> {
  const policy = response.headers()['content-security-policy'] ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** The headers every response carries, page, asset, API answer and error alike. */
async function expectSecurityHeaders(response: APIResponse, embedOrigins: string[]): Promise<void> {
  const headers = response.headers();
  const csp = directives(response);
  expect(headers['content-security-policy'], 'no unsafe-inline, unsafe-eval or unsafe-hashes anywhere').not.toMatch(/unsafe-/);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('frame-src')?.sort()).toEqual([...embedOrigins].sort());
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
  // One named policy (the snippet's inert parse); no default policy that would pass any string.
  expect(csp.get('trusted-types')).toEqual(['payson-snippet-inert']);

  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['permissions-policy']).toContain(`${feature}=()`);
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  // The e2e servers speak plain http on loopback, where HSTS means nothing (the gateway's unit tests cover https).
  expect(headers['strict-transport-security']).toBeUndefined();
}

let embedOrigins: string[] = [];
test.beforeAll(async ({ request }) => {
  const { embedUrls } = (await (await request.get('/api/config')).json()) as { embedUrls: string[] };
  expect(embedUrls.length).toBeGreaterThan(0);
  embedOrigins = [...new Set(embedUrls.map((url) => new URL(url).origin))];
});

test('index.html, at / and at every client-side route: security headers, never cached, no inline script or style', async ({ request }) => {
  for (const path of ['/', '/sign-in?returnTo=%2F', '/companies/3f1c6a52-8d7e-4b0a-9c55-1e2f3a4b5c6d/checkouts?status=readyToShip', '/no/such/page']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    expect(response.headers()['cache-control'], path).toBe('no-store');
    await expectSecurityHeaders(response, embedOrigins);

    const html = await response.text();
    expect(html).toContain('<div id="root">');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes, 'every script is a file of our own').toMatch(/\ssrc="\/assets\/[\w.-]+\.js"/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
  }
});

test('hashed assets: cached for a year as immutable, with their real type and the security headers', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
  expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
  for (const asset of assets) {
    expect(asset, 'a content hash in the name').toMatch(/-[\w-]{8}\.\w+$/);
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const type = response.headers()['content-type'];
    if (asset.endsWith('.js')) expect(type).toMatch(/javascript/);
    if (asset.endsWith('.css')) expect(type).toMatch(/text\/css/);
    await expectSecurityHeaders(response, embedOrigins);
  }
  // A stale page asking for an asset that is gone gets a 404, not index.html under a script's name.
  const missing = await request.get('/assets/index-00000000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).not.toMatch(/html/);
});

test('API answers, errors included: the security headers and no-store', async ({ request }) => {
  const answers = [
    await request.get('/api/config'),
    await request.get('/api/session'),
    await request.get('/api/companies'),
    await request.get('/api/no-such-route'),
    await request.post('/api/session', { data: {} }),
  ];
  expect(answers.map((answer) => answer.status())).toEqual([200, 200, 401, 404, 403]);
  for (const answer of answers) {
    expect(answer.headers()['cache-control']).toBe('no-store');
    expect(answer.headers()['content-type']).toMatch(/^application\/json/);
    await expectSecurityHeaders(answer, embedOrigins);
  }
});
