import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPANY_A, COMPANY_B, gatewayTestFixture } from '../../server/testing/gateway-test-fixture.ts';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../../server/testing/gateway-with-sandbox.ts';

let gateway: GatewayWithSandbox;
beforeEach(async () => {
  gateway = await startGatewayWithSandbox();
});
afterEach(() => gateway.close());

describe('GET /api/companies', () => {
  it('lists every company for a superadmin, by name', async () => {
    const superadmin = gateway.browser();
    await superadmin.signIn('superadmin@sandbox.test');
    const response = await superadmin.get('/api/companies');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      companies: [
        { id: COMPANY_B, name: 'Bastu Björken' },
        { id: COMPANY_A, name: 'Frisör Ängeln AB' },
      ],
    });
    expect(gateway.sandbox.requestsTo('bokamera').at(-1)?.path).toBe('/companies?Skip=0&Take=100');
  });

  it('pages through a long company list', async () => {
    await gateway.close();
    const [first] = gatewayTestFixture().companies;
    const others = Array.from({ length: 149 }, (_, i) => ({ id: `c-${i + 1}`, name: `Company ${i + 1}`, checkouts: [] }));
    gateway = await startGatewayWithSandbox({}, {}, { fixture: { companies: [first!, ...others] } });
    const superadmin = gateway.browser();
    await superadmin.signIn('superadmin@sandbox.test');
    const { companies } = (await (await superadmin.get('/api/companies')).json()) as { companies: unknown[] };
    expect(companies).toHaveLength(150);
    expect(gateway.sandbox.requestsTo('bokamera').slice(1).map((request) => request.path)).toEqual([
      '/companies?Skip=0&Take=100',
      '/companies?Skip=100&Take=100',
    ]);
  });

  it('lists only their own company for an admin', async () => {
    const admin = gateway.browser();
    await admin.signIn('other-admin@sandbox.test');
    const response = await admin.get('/api/companies');
    expect(await response.json()).toEqual({ companies: [{ id: COMPANY_B, name: 'Bastu Björken' }] });
    expect(gateway.sandbox.requestsTo('bokamera').at(-1)?.path).toBe(`/companies?Id=${COMPANY_B}`);
  });

  it('needs a session', async () => {
    expect((await gateway.browser().get('/api/companies')).status).toBe(401);
  });
});
