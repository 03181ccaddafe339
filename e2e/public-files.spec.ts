import { expect, test } from '@playwright/test';

/**
 * What public/ holds is served by the built app as it is, not by the SPA's fallback: robots.txt
 * keeps search engines out of an admin tool, the favicon answers at its conventional address too,
 * and security.txt tells a finder where to report.
 */

test('robots.txt disallows everything, as text', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).not.toContain('<html');
  expect(text.split('\n').map((line) => line.trim())).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /']));
});

test('the favicon answers at /favicon.ico and at the address the page links', async ({ request, page }) => {
  for (const path of ['/favicon.ico', '/favicon.svg']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^image\/svg\+xml/);
    expect(await response.text(), path).toMatch(/^<svg /);
  }
  await page.goto('/');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
});

test('/.well-known/security.txt names a contact, an expiry and languages', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^Contact: \S+$/m);
  expect(text).toMatch(/^Expires: \S+$/m);
  expect(text).toMatch(/^Preferred-Languages: \S+/m);
});
