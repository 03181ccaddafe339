import { Buffer } from 'node:buffer';
import type { Page } from '@playwright/test';
import { SANDBOX_API_KEY } from '../src/sandbox/accounts.ts';
import { generateCompanies } from '../src/sandbox/generator/companies.ts';
import { ACCOUNTS, expect, signIn, test } from './fixtures.ts';
import { resetSandbox, setTokenLifetime, upstreamCalls } from './sandbox-control.ts';

/**
 * No token, API key or Payson credential ever reaches the browser: not in any storage a script can
 * read, not in a readable cookie, not in any response (body or header), after sign-in and after the
 * gateway has refreshed the access token. Secrets are looked for by shape and by their known values.
 */

const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/;
/** Names of credentials and of the headers that carry them; never in what the gateway sends. */
const CREDENTIAL_WORDS = /access_token|refresh_token|id_token|SecurityPassword|SecurityUserId|x-api-key|authorization|bearer |basic |apiKey|agentId/i;
/** Refresh tokens and session ids are 43-character base64url strings; no /api payload has such a run. */
const OPAQUE_TOKEN = /[\w-]{40,}/;

/** The secrets the e2e sandbox (seed "e2e") holds: BokaMera's API key and each company's Payson credentials. */
const KNOWN_SECRETS = [
  SANDBOX_API_KEY,
  ...generateCompanies('e2e', 2).flatMap(({ company: { payson } }) => [
    payson.apiKey,
    Buffer.from(`${payson.agentId}:${payson.apiKey}`).toString('base64'),
  ]),
];

interface Seen {
  url: string;
  text: string;
}

/** Every response of our origin as text: headers (but the Set-Cookie that carries the session) and body. */
function recordResponses(page: Page, baseURL: string | undefined): Seen[] {
  const origin = new URL(baseURL ?? '').origin;
  const seen: Seen[] = [];
  page.on('response', async (response) => {
    if (new URL(response.url()).origin !== origin) return;
    const headers = Object.entries(response.headers()).filter(([name]) => name !== 'set-cookie');
    const body = await response.text().catch(() => '');
    seen.push({ url: response.url(), text: `${JSON.stringify(headers)}\n${body}` });
  });
  return seen;
}

/** All a script on the page can read: cookies, both storages, IndexedDB and Cache Storage. */
function readableStorage(page: Page) {
  return page.evaluate(async () => {
    const databases: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const all = db.transaction(store).objectStore(store).getAll();
        databases.push(await new Promise((resolve) => (all.onsuccess = () => resolve(all.result))));
      }
      db.close();
    }
    const cached: string[] = [];
    if ('caches' in window) {
      for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        for (const request of await cache.keys()) cached.push(request.url, (await (await cache.match(request))?.text()) ?? '');
      }
    }
    return {
      cookie: document.cookie,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      databases: JSON.stringify(databases),
      cached: JSON.stringify(cached),
    };
  });
}

async function expectNoCredentials(page: Page, seen: Seen[]): Promise<void> {
  const sessionId = (await page.context().cookies()).find((cookie) => cookie.name === 'session')?.value;
  expect(sessionId, 'signed in').toBeTruthy();
  const secrets = [...KNOWN_SECRETS, sessionId ?? ''];

  const storage = await readableStorage(page);
  expect(storage.cookie, 'no cookie readable by script').toBe('');
  for (const [where, text] of Object.entries(storage)) {
    expect(text, where).not.toMatch(JWT);
    expect(text, where).not.toMatch(CREDENTIAL_WORDS);
    for (const secret of secrets) expect(text.includes(secret), `${where} holds a secret`).toBe(false);
  }

  expect(seen.filter((response) => response.url.includes('/api/')).length).toBeGreaterThan(3);
  for (const { url, text } of seen) {
    expect(text, url).not.toMatch(JWT);
    for (const secret of secrets) expect(text.includes(secret), `${url} carries a secret`).toBe(false);
    if (!url.includes('/api/')) continue;
    expect(text, url).not.toMatch(CREDENTIAL_WORDS);
    expect(text, url).not.toMatch(OPAQUE_TOKEN);
  }
}

test.beforeEach(async ({ page }) => resetSandbox(page.request));
test.afterEach(async ({ page }) => resetSandbox(page.request));

test('after sign-in, nothing the browser holds or received carries a credential', async ({ page, baseURL }) => {
  const seen = recordResponses(page, baseURL);
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row')).toHaveCount(21);
  await page.getByRole('table', { name: 'Checkouts' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  // A reload asks the gateway who is signed in, as a returning visit does.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();

  await expectNoCredentials(page, seen);
});

test('after the gateway refreshed the access token, still nothing', async ({ page, baseURL }) => {
  // Tokens that live 20 s are inside the gateway's 30-second refresh margin: every call refreshes first.
  await setTokenLifetime(page.request, 20);
  const seen = recordResponses(page, baseURL);
  await signIn(page, ACCOUNTS.admin);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('row')).toHaveCount(21);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(21);

  const tokenCalls = (await upstreamCalls(page.request, 'identity')).filter((call) => call.path === '/token' && call.status === 200);
  expect(tokenCalls.length, 'one sign-in and several refreshes').toBeGreaterThanOrEqual(3);
  await expectNoCredentials(page, seen);
});
