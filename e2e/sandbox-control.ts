import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { PASSWORD } from './fixtures.ts';

/**
 * The gateway and the sandbox as a script sees them, for the security and fault specs: signing in
 * over the API as the SPA does (JSON, our own Origin), injecting upstream faults, reading the
 * upstreams' request log and shortening token lifetimes.
 */

/** The gateway's upstream timeout on the e2e servers (UPSTREAM_TIMEOUT_MS in playwright.config.ts). */
export const UPSTREAM_TIMEOUT_MS = 2000;
/** What a failing call may take beyond that: one retry's pause, a loaded machine. */
export const ANSWER_MARGIN_MS = 1500;

export type Upstream = 'identity' | 'bokamera' | 'payson';

export interface Fault {
  upstream: Upstream;
  status?: number;
  delayMs?: number;
  drop?: boolean;
  timeout?: boolean;
  times?: number;
  method?: string;
  path?: string;
  /** Answered as JSON exactly as given (with `status` or 200); the upstream does not act. */
  body?: unknown;
}

export interface LoggedCall {
  upstream: Upstream;
  method: string;
  path: string;
  status: number;
}

/** The headers the SPA's own state-changing requests carry. */
export function sameOrigin(baseURL: string | undefined): Record<string, string> {
  if (!baseURL) throw new Error('the project has no baseURL');
  return { Origin: new URL(baseURL).origin, 'Content-Type': 'application/json' };
}

export async function apiSignIn(api: APIRequestContext, baseURL: string | undefined, email: string, password = PASSWORD): Promise<APIResponse> {
  return api.post('/api/session', { headers: sameOrigin(baseURL), data: { email, password } });
}

/** Signs in and insists it worked; the session cookie stays in `api`'s jar. */
export async function signedInApi(api: APIRequestContext, baseURL: string | undefined, email: string): Promise<{ companyId: string }> {
  const response = await apiSignIn(api, baseURL, email);
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  return ((await response.json()) as { user: { companyId: string } }).user;
}

export async function addFault(api: APIRequestContext, fault: Fault): Promise<void> {
  const response = await api.post('/__sandbox/faults', { data: fault });
  expect(response.status(), await response.text()).toBe(201);
}

export async function clearFaults(api: APIRequestContext): Promise<void> {
  expect((await api.delete('/__sandbox/faults')).status()).toBe(204);
}

/** Data, faults, request log and token lifetime back to the start (sign-ins survive). */
export async function resetSandbox(api: APIRequestContext): Promise<void> {
  // The control routes take JSON only (a page on another site cannot send it without a preflight).
  expect((await api.post('/__sandbox/reset', { data: {} })).status()).toBe(204);
}

export async function upstreamCalls(api: APIRequestContext, upstream?: Upstream): Promise<LoggedCall[]> {
  const { requests } = (await (await api.get('/__sandbox/requests')).json()) as { requests: LoggedCall[] };
  return upstream ? requests.filter((call) => call.upstream === upstream) : requests;
}

/**
 * Makes the identity provider issue tokens that live only `seconds`: below the gateway's 30-second
 * refresh margin, every later call refreshes first. A sandbox reset restores the configured lifetime.
 */
export async function setTokenLifetime(api: APIRequestContext, seconds: number): Promise<void> {
  expect((await api.post('/__sandbox/tokens', { data: { ttlSeconds: seconds } })).status()).toBe(200);
}

/** A ReadyToShip checkout of the signed-in user's company, read through the gateway. */
export async function readyToShipCheckout(api: APIRequestContext, companyId: string): Promise<string> {
  const response = await api.get(`/api/companies/${companyId}/checkouts?status=readyToShip&page=1`);
  expect(response.status()).toBe(200);
  const id = ((await response.json()) as { data: { id: string }[] }).data[0]?.id;
  if (!id) throw new Error('the generated data has no ReadyToShip checkout');
  return id;
}

/** A checkout's status changed in Payson directly, behind the dashboard's back. */
export async function changeCheckoutInPayson(api: APIRequestContext, checkoutId: string, status: string): Promise<void> {
  const response = await api.post(`/__sandbox/checkouts/${checkoutId}`, { data: { status } });
  expect(response.status(), await response.text()).toBe(200);
}

/** A new checkout in Payson (a customer just booked), the newest of the company's list; answers its id. */
export async function addCheckoutInPayson(
  api: APIRequestContext,
  companyId: string,
  fields: { status?: string; firstName?: string; lastName?: string; email?: string; reference?: string; amount?: number } = {},
): Promise<string> {
  const response = await api.post(`/__sandbox/companies/${companyId}/checkouts`, { data: fields });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}
