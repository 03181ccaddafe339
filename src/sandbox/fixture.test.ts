import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyListSchema } from '../contract/bokamera.ts';
import { SEED_SAMPLE_PATH } from '../contract/testing/seed-sample.ts';
import type { RunningSandbox } from './start-sandbox.ts';
import { bokamera, listPage, payson, paysonAuthorization, signIn, startTestSandbox } from './test-support.ts';

/** The seed's Payson list sample, exactly as published (see src/contract/testing/README.md). */
const seedPath = SEED_SAMPLE_PATH;

const COMPANY_ID = '3f1c6a52-8d7e-4b0a-9c55-1e2f3a4b5c6d';
const hostile = {
  id: 'b7d2e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  status: 'refunded',
  snippet: '<script>alert(1)</script><iframe src="https://evil.example/checkout"></iframe>',
  customer: { firstName: '<img src=x onerror=alert(1)>', lastName: '"quoted"' },
  order: { currency: 'sek', totalPriceIncludingTax: 10, items: [{ name: '<script>steal()</script>', quantity: 1, totalPriceIncludingTax: 10 }] },
};
const pascalCaseReady = { id: 'c8e3f0a1-2b3c-4d4e-9f5a-6b7c8d9e0f1a', status: 'ReadyToShip', snippet: '' };
const bare = { id: 'd9f4a1b2-3c4d-4e5f-8a6b-7c8d9e0f1a2b' };

let directory = '';
let sample: { data: Record<string, unknown>[] };
let checkouts: unknown[];
let sandbox: RunningSandbox;
let token = '';
let authorization = '';

beforeAll(async () => {
  sample = JSON.parse(await readFile(seedPath, 'utf8'));
  checkouts = [...sample.data, hostile, pascalCaseReady, bare, 42];
  directory = await mkdtemp(join(tmpdir(), 'sandbox-fixture-'));
  const fixturePath = join(directory, 'fixture.json');
  await writeFile(fixturePath, JSON.stringify({ companies: [{ id: COMPANY_ID, name: 'Testbolaget i Stan AB', checkouts }] }));
  sandbox = await startTestSandbox({ fixturePath });
  token = (await signIn(sandbox, 'admin@sandbox.test')).access_token;
  authorization = await paysonAuthorization(sandbox, token);
});
afterAll(async () => {
  await sandbox.close();
  await rm(directory, { recursive: true, force: true });
});

describe('a fixture', () => {
  it('serves its checkouts exactly as given, in file order', async () => {
    const page = await listPage(sandbox, authorization);
    expect(page).toMatchObject({ pageSize: 20, page: 1, totalPages: 1, count: checkouts.length, totalCount: checkouts.length });
    expect(page.data).toEqual(checkouts);
    for (const checkout of [...sample.data, hostile, bare]) {
      const response = await payson(sandbox, `/Checkouts/${String(checkout.id)}`, authorization);
      expect(await response.json()).toEqual(checkout);
    }
  });

  it('filters on the raw status, case-insensitively', async () => {
    expect((await listPage(sandbox, authorization, '?status=PaidToAccount')).data).toEqual(sample.data);
    expect((await listPage(sandbox, authorization, '?status=readytoship')).data).toEqual([pascalCaseReady]);
    expect((await payson(sandbox, '/Checkouts?status=refunded', authorization)).status).toBe(400); // not a Payson status
  });

  it('gets a second, empty company when it names only one', async () => {
    const companies = companyListSchema.parse(await (await bokamera(sandbox, '/companies')).json());
    expect(companies.Results.map((company) => company.Id)).toEqual([COMPANY_ID, expect.any(String)]);
    const otherToken = (await signIn(sandbox, 'other-admin@sandbox.test')).access_token;
    const other = await listPage(sandbox, await paysonAuthorization(sandbox, otherToken));
    expect(other).toMatchObject({ totalCount: 0, totalPages: 0, count: 0, data: [] });
  });

  it('lets a fixture checkout be shipped by its raw status', async () => {
    const response = await bokamera(sandbox, `/payment/payson/v2/checkout/${pascalCaseReady.id}/sendpaymentrequest`, {
      method: 'PUT',
      token,
      body: { CompanyId: COMPANY_ID },
    });
    expect(await response.json()).toEqual({ Id: pascalCaseReady.id, Snippet: '', Status: 'Shipped' });
    const shipped = await (await payson(sandbox, `/Checkouts/${pascalCaseReady.id}`, authorization)).json();
    expect(shipped).toEqual({ ...pascalCaseReady, status: 'shipped', history: { shipped: expect.any(String) } });

    const refused = await bokamera(sandbox, `/payment/payson/v2/checkout/${hostile.id}/sendpaymentrequest`, { method: 'PUT', token, body: {} });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ ResponseStatus: { Message: expect.stringContaining('Its status is None') } });
  });

  it('shows a hostile checkout on the embed page as text only', async () => {
    const response = await fetch(`${sandbox.urls.embed}?id=${hostile.id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&#60;script&#62;steal()&#60;/script&#62;');
    expect(html).toContain('refunded');
  });

  it('must have the documented envelope', async () => {
    const fixturePath = join(directory, 'broken.json');
    await writeFile(fixturePath, JSON.stringify({ data: checkouts }));
    await expect(startTestSandbox({ fixturePath })).rejects.toThrow(/SANDBOX_FIXTURE/);
  });
});
