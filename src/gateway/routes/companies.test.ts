import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B } from '../test-support/fake-data.ts';
import { startTestGateway, type TestGateway } from '../test-support/test-gateway.ts';

let gateway: TestGateway;
beforeEach(async () => {
  gateway = await startTestGateway();
});
afterEach(() => gateway.close());

describe('GET /api/companies', () => {
  it('lists every company for a superadmin, by name', async () => {
    const superadmin = gateway.browser();
    await superadmin.signIn('super@test.se');
    const response = await superadmin.get('/api/companies');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      companies: [
        { id: COMPANY_B, name: 'Bastu Björken' },
        { id: COMPANY_A, name: 'Frisör Ängeln AB' },
      ],
    });
    expect(gateway.fakes.requestsTo('bokamera').at(-1)?.path).toBe('/companies?Skip=0&Take=100');
  });

  it('pages through a long company list', async () => {
    const superadmin = gateway.browser();
    await superadmin.signIn('super@test.se');
    gateway.fakes.override((request) => {
      const query = new URL(request.path, 'http://x').searchParams;
      if (!request.path.startsWith('/companies')) return undefined;
      const skip = Number(query.get('Skip'));
      const results = Array.from({ length: Math.max(0, Math.min(100, 150 - skip)) }, (_, i) => ({ Id: `c-${skip + i}`, Name: `Company ${skip + i}` }));
      return Response.json({ Offset: skip, Total: 150, Results: results });
    });
    const { companies } = (await (await superadmin.get('/api/companies')).json()) as { companies: unknown[] };
    expect(companies).toHaveLength(150);
    expect(gateway.fakes.requestsTo('bokamera').slice(1).map((request) => request.path)).toEqual([
      '/companies?Skip=0&Take=100',
      '/companies?Skip=100&Take=100',
    ]);
  });

  it('lists only their own company for an admin', async () => {
    const admin = gateway.browser();
    await admin.signIn('other@test.se');
    const response = await admin.get('/api/companies');
    expect(await response.json()).toEqual({ companies: [{ id: COMPANY_B, name: 'Bastu Björken' }] });
    expect(gateway.fakes.requestsTo('bokamera').at(-1)?.path).toBe(`/companies?Id=${COMPANY_B}`);
  });

  it('needs a session', async () => {
    expect((await gateway.browser().get('/api/companies')).status).toBe(401);
  });
});
