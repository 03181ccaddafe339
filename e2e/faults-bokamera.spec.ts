import { expect, test, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS } from './fixtures.ts';
import { expectCleanError, FAULT_KINDS, READ_TRIES, timed, TRANSPORT, UPSTREAM_FAILED, type ExpectedError, type FaultKind } from './faults-support.ts';
import { addFault, clearFaults, resetSandbox, signedInApi, upstreamCalls } from './sandbox-control.ts';

/**
 * BokaMera failing in every way at the two reads the gateway makes with the user's token: the
 * company's Payson settings (behind every checkout call) and the company list.
 */

test.beforeEach(async ({ request }) => resetSandbox(request));
test.afterEach(async ({ request }) => resetSandbox(request));

/** BokaMera's 401/403/404 are about the user and are passed on; anything else is BokaMera failing. */
const BOKAMERA: Record<FaultKind, ExpectedError> = {
  '401': { status: 401, code: 'unauthenticated' },
  '403': { status: 403, code: 'forbidden' },
  '404': { status: 404, code: 'not_found' },
  '429': UPSTREAM_FAILED,
  '500': UPSTREAM_FAILED,
  ...TRANSPORT,
};

interface Operation {
  name: string;
  /** The BokaMera path the fault aims at. */
  path: string;
  call(api: APIRequestContext, companyId: string): ReturnType<APIRequestContext['get']>;
}

const OPERATIONS: Operation[] = [
  { name: 'Payson settings', path: '/payment/payson/apisettings', call: (api, companyId) => api.get(`/api/companies/${companyId}/checkouts?page=1`) },
  { name: 'company list', path: '/companies', call: (api) => api.get('/api/companies') },
];

for (const operation of OPERATIONS) {
  for (const kind of Object.keys(FAULT_KINDS) as FaultKind[]) {
    const expected = BOKAMERA[kind];
    test(`${operation.name}, BokaMera answers ${kind}: a clean ${expected.status}, then recovery`, async ({ request, baseURL }) => {
      // A fresh session: the gateway keeps a company's Payson settings per session once read.
      const { companyId } = await signedInApi(request, baseURL, ACCOUNTS.admin);
      await addFault(request, { upstream: 'bokamera', method: 'GET', path: operation.path, ...FAULT_KINDS[kind] });

      await expectCleanError(await timed(() => operation.call(request, companyId)), expected);
      const tries = async () => (await upstreamCalls(request, 'bokamera')).filter((call) => call.path.startsWith(operation.path)).length;
      await expect.poll(tries).toBe(READ_TRIES[kind]);
      await clearFaults(request);

      if (kind === '401') {
        // BokaMera no longer takes the user's token: the session ended cleanly; a new one works.
        expect(await (await request.get('/api/session')).json()).toEqual({ user: null });
        await signedInApi(request, baseURL, ACCOUNTS.admin);
      }
      expect((await operation.call(request, companyId)).status()).toBe(200);
    });
  }
}
