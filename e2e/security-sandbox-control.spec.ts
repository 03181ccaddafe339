import { expect, test } from '@playwright/test';
import { clearFaults } from './sandbox-control.ts';

/**
 * A page on another site cannot drive the sandbox's control routes: the "simple" requests a browser
 * sends cross-site without asking (a text/plain fetch, a form POST) are refused, and nothing changes.
 */

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test('a page on another site gets 403 for a text/plain fetch and a form POST, and no fault is added', async ({ page, request, baseURL }) => {
  const control = `${baseURL}/__sandbox`;
  // Another site's page, served by the test itself (a real network page would need a second server).
  const otherSite = 'http://other-site.localhost:9/';
  await page.route(otherSite, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Another site</h1>' }));
  await page.goto(otherSite);

  // The page cannot read the answer (no CORS, and CORP blocks it), so the browser's own request is
  // replayed exactly to see what it got.
  const sent = page.waitForRequest(`${control}/faults`);
  await page.evaluate(async (url) => {
    await fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{"upstream":"payson","status":500}' }).catch(() => undefined);
  }, `${control}/faults`);
  const browserRequest = await sent;
  expect(browserRequest.headers().origin).toBe(new URL(otherSite).origin);
  const replayed = await request.post(`${control}/faults`, { headers: browserRequest.headers(), data: browserRequest.postData() ?? '' });
  expect(replayed.status()).toBe(403);

  const posted = page.waitForResponse(`${control}/reset`);
  await page.evaluate((url) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = url;
    document.body.append(form);
    form.submit();
  }, `${control}/reset`);
  expect((await posted).status()).toBe(403);

  const { faults } = (await (await request.get(`${control}/faults`)).json()) as { faults: unknown[] };
  expect(faults).toEqual([]);
});
