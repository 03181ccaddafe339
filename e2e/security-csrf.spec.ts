import { expect, test, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS } from './fixtures.ts';
import { readyToShipCheckout, resetSandbox, sameOrigin, signedInApi, upstreamCalls } from './sandbox-control.ts';

/**
 * Cross-site request forgery: a state-changing request counts only when it carries JSON and our own
 * Origin, which a foreign page's form or fetch cannot both do. Everything else is refused with 403
 * before any upstream hears of it. Unknown /api routes are 404.
 */

test.beforeEach(async ({ request }) => resetSandbox(request));
test.afterEach(async ({ request }) => resetSandbox(request));

/** What other pages can send: no Origin (some clients), a foreign or opaque one, or a form's content type. */
function forgeries(baseURL: string | undefined): Array<{ name: string; headers: Record<string, string>; body: string }> {
  const ours = new URL(baseURL ?? '').origin;
  const json = JSON.stringify({});
  return [
    { name: 'no Origin', headers: { 'Content-Type': 'application/json' }, body: json },
    { name: 'a foreign Origin', headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' }, body: json },
    { name: 'a look-alike Origin', headers: { Origin: `${ours}.evil.example`, 'Content-Type': 'application/json' }, body: json },
    { name: 'the opaque Origin', headers: { Origin: 'null', 'Content-Type': 'application/json' }, body: json },
    { name: 'a form post', headers: { Origin: ours, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=b' },
    { name: 'a text/plain post', headers: { Origin: ours, 'Content-Type': 'text/plain' }, body: json },
    { name: 'a multipart post', headers: { Origin: ours, 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x--' },
  ];
}

async function expectForbidden(api: APIRequestContext, method: string, path: string, forgery: ReturnType<typeof forgeries>[number]) {
  const response = await api.fetch(path, { method, headers: forgery.headers, data: forgery.body });
  expect(response.status(), `${method} ${path} with ${forgery.name}`).toBe(403);
  expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
}

test('a forged sign-in is refused before the identity provider is asked', async ({ request, baseURL }) => {
  const forged = forgeries(baseURL).map((forgery) => ({
    ...forgery,
    body: forgery.body === '{}' ? JSON.stringify({ email: ACCOUNTS.admin, password: 'sandbox' }) : forgery.body,
  }));
  for (const forgery of forged) await expectForbidden(request, 'POST', '/api/session', forgery);
  expect(await upstreamCalls(request)).toEqual([]);
});

test('a forged payment request is refused before BokaMera is asked', async ({ request, baseURL }) => {
  const { companyId } = await signedInApi(request, baseURL, ACCOUNTS.admin);
  const checkoutId = await readyToShipCheckout(request, companyId);
  await resetSandbox(request);
  for (const forgery of forgeries(baseURL)) {
    await expectForbidden(request, 'POST', `/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, forgery);
  }
  expect(await upstreamCalls(request)).toEqual([]);
  // And the same request from the dashboard itself goes through: the refusals were about the forgery.
  const genuine = await request.post(`/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, { headers: sameOrigin(baseURL), data: {} });
  expect(genuine.status()).toBe(200);
});

test('a forged sign-out is refused and the session lives on', async ({ request, baseURL }) => {
  await signedInApi(request, baseURL, ACCOUNTS.admin);
  for (const forgery of forgeries(baseURL).filter((forgery) => forgery.name.includes('Origin'))) {
    const response = await request.delete('/api/session', { headers: forgery.headers });
    expect(response.status(), forgery.name).toBe(403);
  }
  expect(await (await request.get('/api/session')).json()).toMatchObject({ user: { email: ACCOUNTS.admin } });
  expect((await upstreamCalls(request, 'identity')).filter((call) => call.path === '/logout')).toEqual([]);
});

test('routes off the allow-list answer 404, and reach no upstream', async ({ request, baseURL }) => {
  const { companyId } = await signedInApi(request, baseURL, ACCOUNTS.superadmin);
  const checkoutId = await readyToShipCheckout(request, companyId);
  await resetSandbox(request);
  const headers = sameOrigin(baseURL);
  const attempts: Array<[string, string]> = [
    ['GET', '/api/no-such-route'],
    ['GET', '/api/users'],
    ['GET', '/api/payment/payson/apisettings'],
    ['GET', `/api/companies/${companyId}/apisettings`],
    ['PUT', `/api/companies/${companyId}/checkouts/${checkoutId}`],
    ['DELETE', `/api/companies/${companyId}/checkouts/${checkoutId}`],
    ['PUT', `/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`],
    ['GET', `/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`],
  ];
  for (const [method, path] of attempts) {
    const response = await request.fetch(path, { method, headers, data: method === 'GET' ? undefined : {} });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  }
  expect(await upstreamCalls(request)).toEqual([]);
});
