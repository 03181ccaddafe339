import { expect, test, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS } from './fixtures.ts';
import { expectCleanError, timed, TRANSPORT, UPSTREAM_FAILED, type ExpectedError } from './faults-support.ts';
import {
  addFault,
  clearFaults,
  readyToShipCheckout,
  resetSandbox,
  sameOrigin,
  signedInApi,
  UPSTREAM_TIMEOUT_MS,
  upstreamCalls,
  type Fault,
} from './sandbox-control.ts';

/**
 * The one write, a payment request, reaches the payer: whatever BokaMera does, the gateway sends it
 * exactly once and never again by itself, and a write BokaMera did take is never lost.
 */

test.beforeEach(async ({ request }) => resetSandbox(request));
// Puts the shipped checkouts back for the journeys that follow.
test.afterEach(async ({ request }) => resetSandbox(request));

const SEND = '/sendpaymentrequest';

async function sends(api: APIRequestContext): Promise<number> {
  return (await upstreamCalls(api, 'bokamera')).filter((call) => call.method === 'PUT' && call.path.endsWith(SEND)).length;
}

async function statusOf(api: APIRequestContext, companyId: string, checkoutId: string): Promise<string> {
  return ((await (await api.get(`/api/companies/${companyId}/checkouts/${checkoutId}`)).json()) as { status: string }).status;
}

const CASES: Array<{ name: string; fault: Omit<Fault, 'upstream'>; expected: ExpectedError }> = [
  { name: '500', fault: { status: 500 }, expected: UPSTREAM_FAILED },
  { name: 'drop', fault: { drop: true }, expected: TRANSPORT.drop },
  { name: 'timeout', fault: { timeout: true }, expected: TRANSPORT.timeout },
];

for (const { name, fault, expected } of CASES) {
  test(`BokaMera answers ${name}: the payment request is sent exactly once, and can be sent again by hand`, async ({ request, baseURL }) => {
    const { companyId } = await signedInApi(request, baseURL, ACCOUNTS.admin);
    const checkoutId = await readyToShipCheckout(request, companyId);
    const send = () => request.post(`/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, { headers: sameOrigin(baseURL), data: {} });
    // Ready for more than one attempt: a retry would meet it and show up in the log.
    await addFault(request, { upstream: 'bokamera', method: 'PUT', path: SEND, times: 5, ...fault });

    await expectCleanError(await timed(send), expected);
    await expect.poll(() => sends(request)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await sends(request), 'no resend after a pause').toBe(1);
    expect(await statusOf(request, companyId, checkoutId)).toBe('readyToShip');

    // The user's own second attempt, once BokaMera is back, goes through once.
    await clearFaults(request);
    expect((await send()).status()).toBe(200);
    expect(await sends(request)).toBe(2);
    expect(await statusOf(request, companyId, checkoutId)).toBe('shipped');
  });
}

test('an answer lost to the timeout: BokaMera acted once, the gateway did not resend, nothing is lost', async ({ request, baseURL }) => {
  const { companyId } = await signedInApi(request, baseURL, ACCOUNTS.admin);
  const checkoutId = await readyToShipCheckout(request, companyId);
  await addFault(request, { upstream: 'bokamera', method: 'PUT', path: SEND, delayMs: UPSTREAM_TIMEOUT_MS + 300 });

  const answer = await timed(() =>
    request.post(`/api/companies/${companyId}/checkouts/${checkoutId}/payment-request`, { headers: sameOrigin(baseURL), data: {} }),
  );
  await expectCleanError(answer, TRANSPORT.timeout);
  // The outcome was unknown to the gateway; re-reading the checkout shows the request did go out.
  await expect.poll(() => statusOf(request, companyId, checkoutId), { timeout: 5000 }).toBe('shipped');
  expect(await sends(request)).toBe(1);
});
