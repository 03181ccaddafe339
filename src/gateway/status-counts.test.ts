import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGatewayConfig } from './config.ts';
import { countCheckoutsByStatus } from './status-counts.ts';
import { createPaysonClient, MAX_CALLS_PER_MERCHANT } from './upstream/payson-client.ts';

const config = loadGatewayConfig({
  IDENTITY_URL: 'https://identity.test/realms/x/protocol/openid-connect',
  BOKAMERA_URL: 'https://bokamera.test',
  BOKAMERA_API_KEY: 'key',
  PAYSON_URL: 'https://payson.test/2.0',
  PUBLIC_ORIGIN: 'https://admin.test',
});

const EMPTY_PAGE = { pageSize: 20, page: 1, totalPages: 1, count: 0, totalCount: 7, data: [] };

/** Payson as the wire sees it: every call answers on a later turn; calls in flight are counted per merchant. */
function instrumentedPayson() {
  const inFlight = new Map<string, number>();
  const most = new Map<string, number>();
  let calls = 0;
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const merchant = new Headers(init.headers).get('Authorization') ?? '';
    calls += 1;
    inFlight.set(merchant, (inFlight.get(merchant) ?? 0) + 1);
    most.set(merchant, Math.max(most.get(merchant) ?? 0, inFlight.get(merchant) ?? 0));
    await new Promise((resolve) => setImmediate(resolve));
    inFlight.set(merchant, (inFlight.get(merchant) ?? 0) - 1);
    return Response.json(EMPTY_PAGE);
  });
  return { most, calls: () => calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('status counts against Payson', () => {
  it('never has more than the per-merchant bound in flight for one company, however many counts are asked at once', async () => {
    const payson = instrumentedPayson();
    const client = createPaysonClient(config);
    const company = { agentId: '4', apiKey: 'secret' };
    const other = { agentId: '5', apiKey: 'other' };

    let companyAnswered = 0;
    let companyAnsweredWhenOtherWas = -1;
    const answers = await Promise.all([
      ...Array.from({ length: 100 }, () => countCheckoutsByStatus(client, company).finally(() => (companyAnswered += 1))),
      countCheckoutsByStatus(client, other).finally(() => (companyAnsweredWhenOtherWas = companyAnswered)),
    ]);

    expect(answers.every((answer) => answer.total === 7)).toBe(true);
    expect(payson.calls()).toBe(101 * 11);
    expect(MAX_CALLS_PER_MERCHANT).toBe(4);
    expect(Math.max(...payson.most.values())).toBe(MAX_CALLS_PER_MERCHANT);
    // Another company does not queue behind the first one's hundred.
    expect(companyAnsweredWhenOtherWas).toBeLessThan(10);
  });
});
