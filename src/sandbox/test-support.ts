import type { TokenResponse } from '../contract/identity.ts';
import type { PaysonApiSettings } from '../contract/bokamera.ts';
import { SANDBOX_API_KEY } from './accounts.ts';
import type { Clock } from './clock.ts';
import { IDENTITY_CLIENT_ID } from './identity.ts';
import { sandboxOptionsFromEnv, startSandbox, type RunningSandbox, type SandboxOptions } from './start-sandbox.ts';

/** Helpers for the sandbox's tests: a real server on a free port, spoken to with fetch. */

/** Generated data anchored to a fixed day, so tests do not depend on the date they run. */
const TEST_NOW = new Date('2025-03-01T00:00:00Z');

function testOptions(overrides: Partial<SandboxOptions> = {}): SandboxOptions {
  return { ...sandboxOptionsFromEnv({}), checkoutsPerCompany: 1000, now: TEST_NOW, ...overrides };
}

export function startTestSandbox(overrides: Partial<SandboxOptions> = {}, clock?: Clock): Promise<RunningSandbox> {
  return startSandbox(testOptions(overrides), clock);
}

/** A clock the test moves by hand. */
export function manualClock(startMs = Date.now()): Clock & { advance(ms: number): void } {
  let now = startMs;
  return Object.assign(() => now, { advance: (ms: number) => void (now += ms) });
}

export function formPost(params: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params) };
}

export function passwordGrant(sandbox: RunningSandbox, username: string, password = 'sandbox'): Promise<Response> {
  return fetch(
    `${sandbox.urls.identity}/token`,
    formPost({ grant_type: 'password', client_id: IDENTITY_CLIENT_ID, username, password }),
  );
}

export async function signIn(sandbox: RunningSandbox, email: string): Promise<TokenResponse> {
  const response = await passwordGrant(sandbox, email);
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return (await response.json()) as TokenResponse;
}

interface BokaMeraCall {
  token?: string;
  method?: string;
  body?: unknown;
  apiKey?: string | null;
}

export function bokamera(sandbox: RunningSandbox, path: string, call: BokaMeraCall = {}): Promise<Response> {
  const headers = new Headers();
  if (call.apiKey !== null) headers.set('x-api-key', call.apiKey ?? SANDBOX_API_KEY);
  if (call.token) headers.set('authorization', `Bearer ${call.token}`);
  if (call.body !== undefined) headers.set('content-type', 'application/json');
  const body = call.body === undefined ? null : JSON.stringify(call.body);
  return fetch(`${sandbox.urls.bokamera}${path}`, { method: call.method ?? 'GET', headers, body });
}

/** The Basic header of a company's Payson merchant, read from BokaMera as the gateway does. */
export async function paysonAuthorization(sandbox: RunningSandbox, token: string, companyId?: string): Promise<string> {
  const query = companyId ? `?CompanyId=${companyId}` : '';
  const response = await bokamera(sandbox, `/payment/payson/apisettings${query}`, { token });
  const settings = (await response.json()) as PaysonApiSettings;
  return `Basic ${Buffer.from(`${settings.SecurityUserId}:${settings.SecurityPassword}`).toString('base64')}`;
}

export function payson(sandbox: RunningSandbox, path: string, authorization: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', authorization);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${sandbox.urls.payson}${path}`, { ...init, headers });
}

export interface ListPage {
  pageSize: number;
  page: number;
  totalPages: number;
  count: number;
  totalCount: number;
  data: Record<string, unknown>[];
}

export async function listPage(sandbox: RunningSandbox, authorization: string, query = ''): Promise<ListPage> {
  const response = await payson(sandbox, `/Checkouts${query}`, authorization);
  if (!response.ok) throw new Error(`list failed: ${response.status}`);
  return (await response.json()) as ListPage;
}

/** A control request as a script sends it: a POST's body is JSON (the control routes take nothing else). */
export function control(sandbox: RunningSandbox, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined || init.method === 'POST') headers.set('content-type', 'application/json');
  return fetch(`${sandbox.origin}/__sandbox${path}`, { ...init, headers });
}

export function addFault(sandbox: RunningSandbox, fault: Record<string, unknown>): Promise<Response> {
  return control(sandbox, '/faults', { method: 'POST', body: JSON.stringify(fault) });
}
