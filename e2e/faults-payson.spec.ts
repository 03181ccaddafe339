import { expect, test, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS } from './fixtures.ts';
import { expectCleanError, FAULT_KINDS, READ_TRIES, timed, TRANSPORT, UPSTREAM_FAILED, type ExpectedError, type FaultKind } from './faults-support.ts';
import { addFault, clearFaults, resetSandbox, signedInApi, upstreamCalls } from './sandbox-control.ts';

/** Payson failing in every way at the two reads of checkouts: a list page and one checkout. */

test.beforeEach(async ({ request }) => resetSandbox(request));
test.afterEach(async ({ request }) => resetSandbox(request));

/**
 * Payson's 401 is about the company's merchant credentials, not the user's session, so it is
 * Payson failing (the user stays signed in); its 403 and 404 are passed on.
 */
const PAYSON: Record<FaultKind, ExpectedError> = {
  '401': UPSTREAM_FAILED,
  '403': { status: 403, code: 'forbidden' },
  '404': { status: 404, code: 'not_found' },
  '429': UPSTREAM_FAILED,
  '500': UPSTREAM_FAILED,
  ...TRANSPORT,
};

interface Operation {
  name: string;
  /** The Payson path the fault aims at, for a checkout id. */
  path(checkoutId: string): string;
  call(api: APIRequestContext, companyId: string, checkoutId: string): ReturnType<APIRequestContext['get']>;
}

const OPERATIONS: Operation[] = [
  { name: 'checkout list', path: () => '/Checkouts?', call: (api, companyId) => api.get(`/api/companies/${companyId}/checkouts?page=1`) },
  {
    name: 'one checkout',
    path: (checkoutId) => `/Checkouts/${checkoutId}`,
    call: (api, companyId, checkoutId) => api.get(`/api/companies/${companyId}/checkouts/${checkoutId}`),
  },
];

for (const operation of OPERATIONS) {
  for (const kind of Object.keys(FAULT_KINDS) as FaultKind[]) {
    const expected = PAYSON[kind];
    test(`${operation.name}, Payson answers ${kind}: a clean ${expected.status}, then recovery`, async ({ request, baseURL }) => {
      const { companyId } = await signedInApi(request, baseURL, ACCOUNTS.admin);
      const list = (await (await request.get(`/api/companies/${companyId}/checkouts?page=1`)).json()) as { data: { id: string }[] };
      const checkoutId = list.data[0]?.id ?? '';
      const path = operation.path(checkoutId);
      await addFault(request, { upstream: 'payson', method: 'GET', path, ...FAULT_KINDS[kind] });
      const before = (await upstreamCalls(request, 'payson')).length;

      await expectCleanError(await timed(() => operation.call(request, companyId, checkoutId)), expected);
      const tries = async () => (await upstreamCalls(request, 'payson')).slice(before).filter((call) => call.path.startsWith(path)).length;
      await expect.poll(tries).toBe(READ_TRIES[kind]);
      await clearFaults(request);

      // Still signed in whatever Payson did, and the next read works.
      expect(await (await request.get('/api/session')).json()).toMatchObject({ user: { email: ACCOUNTS.admin } });
      expect((await operation.call(request, companyId, checkoutId)).status()).toBe(200);
    });
  }
}
