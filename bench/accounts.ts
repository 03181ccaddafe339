import { SANDBOX_ACCOUNTS, SANDBOX_API_KEY, SANDBOX_PASSWORD } from '../src/sandbox/accounts.ts';

/**
 * Signing in, to the gateway (a session cookie, as the browser gets it) and straight to the sandbox
 * (the Payson Basic credentials the gateway would read), so the benchmark can compare the two.
 */

export const BENCH_EMAIL = SANDBOX_ACCOUNTS[0]?.email ?? 'admin@sandbox.test';

export interface GatewaySession {
  /** The value of the `session` cookie. */
  cookie: string;
  companyId: string;
}

export async function signInToGateway(origin: string, email = BENCH_EMAIL): Promise<GatewaySession> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    // The gateway refuses a state-changing request whose Origin is not its own.
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: SANDBOX_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { user: { companyId: string } };
  const cookie = /(?:^|,\s*)session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('Sign-in answered without a session cookie');
  return { cookie, companyId: body.user.companyId };
}

export interface SandboxDirect {
  /** e.g. http://127.0.0.1:PORT/payson/2.0 */
  paysonUrl: string;
  /** `Basic …` of the company's Payson merchant. */
  authorization: string;
}

/**
 * The sandbox runs inside the app's process on a port of its own. Its origin is public through
 * /api/config (the embed page it serves is the allow-listed preview URL); the Payson credentials
 * come from its BokaMera, read with the user's own token, exactly as the gateway reads them.
 */
export async function sandboxDirect(appOrigin: string, companyId: string, email = BENCH_EMAIL): Promise<SandboxDirect> {
  const config = (await (await fetch(`${appOrigin}/api/config`)).json()) as { embedUrls: string[] };
  const embed = config.embedUrls[0];
  if (!embed) throw new Error('/api/config names no embed URL, so the sandbox origin is unknown');
  const sandbox = new URL(embed).origin;

  const tokenResponse = await fetch(`${sandbox}/identity/realms/bookmore-admin/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'bm-external-api-users', username: email, password: SANDBOX_PASSWORD }),
  });
  if (!tokenResponse.ok) throw new Error(`Sandbox sign-in failed: ${tokenResponse.status}`);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };

  const settingsResponse = await fetch(`${sandbox}/bokamera/payment/payson/apisettings?CompanyId=${companyId}`, {
    headers: { authorization: `Bearer ${token}`, 'x-api-key': SANDBOX_API_KEY },
  });
  if (!settingsResponse.ok) throw new Error(`Reading the Payson settings failed: ${settingsResponse.status}`);
  const settings = (await settingsResponse.json()) as { SecurityUserId: string; SecurityPassword: string };
  return {
    paysonUrl: `${sandbox}/payson/2.0`,
    authorization: `Basic ${Buffer.from(`${settings.SecurityUserId}:${settings.SecurityPassword}`).toString('base64')}`,
  };
}

/** The list route, as the SPA asks for it. */
export function listPath(companyId: string, page = 1, status?: string): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  query.set('page', String(page));
  return `/api/companies/${encodeURIComponent(companyId)}/checkouts?${query}`;
}

/** The same page at Payson: statuses are PascalCase there. */
export function paysonListPath(page = 1, status?: string): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status.charAt(0).toUpperCase() + status.slice(1));
  query.set('page', String(page));
  return `/Checkouts?${query}`;
}

/** The SPA's list page. */
export function listPagePath(companyId: string, page = 1, status?: string): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (page !== 1) query.set('page', String(page));
  const search = query.toString();
  return `/companies/${encodeURIComponent(companyId)}/checkouts${search ? `?${search}` : ''}`;
}

/**
 * Waits until the company's index is ready (issue 13), so its first pass does not run during the
 * measurements. Before the index exists (404) or with INDEX=off it returns at once. Says what it found.
 */
export async function waitForIndex(
  origin: string,
  session: GatewaySession,
  progress: (message: string) => void = () => undefined,
  timeoutMs = 300_000,
): Promise<string> {
  const url = `${origin}/api/companies/${encodeURIComponent(session.companyId)}/checkouts/index`;
  const deadline = Date.now() + timeoutMs;
  let said = '';
  while (Date.now() < deadline) {
    const response = await fetch(url, { headers: { cookie: `session=${session.cookie}`, accept: 'application/json' } });
    if (!response.ok) return `no index (${response.status})`;
    const freshness = (await response.json()) as { state?: string; indexed?: number; expected?: number | null };
    if (freshness.state !== 'indexing') return freshness.state ?? 'unknown';
    const now = `index: first pass ${freshness.indexed ?? 0} of ${freshness.expected ?? '?'}`;
    if (now !== said) progress(now);
    said = now;
    await new Promise((wait) => setTimeout(wait, 1000));
  }
  throw new Error(`The index was not ready within ${timeoutMs / 1000} s`);
}
