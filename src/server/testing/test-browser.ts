import type { Hono } from 'hono';
import type { GatewayEnv } from '../../gateway/gateway-env.ts';
import { SANDBOX_PASSWORD } from '../../sandbox/start-sandbox.ts';

/** The origin the test browser is on; the gateway under test treats it as its own. */
export const GATEWAY_ORIGIN = 'http://gateway.test';

interface BrowserRequest {
  json?: unknown;
  headers?: Record<string, string>;
}

/** Sends what a browser on the dashboard's page would: Origin on state changes, JSON bodies, the cookie. */
export class TestBrowser {
  sessionCookie: string | undefined;
  /** `session`, or `__Host-session` behind HTTPS (secure cookies). */
  cookieName = 'session';

  constructor(private readonly app: Hono<GatewayEnv>) {}

  async request(method: string, path: string, { json, headers = {} }: BrowserRequest = {}): Promise<Response> {
    const stateChanging = method !== 'GET' && method !== 'HEAD';
    const response = await this.app.request(`${GATEWAY_ORIGIN}${path}`, {
      method,
      headers: {
        ...(stateChanging ? { Origin: GATEWAY_ORIGIN } : {}),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.sessionCookie ? { Cookie: `${this.cookieName}=${this.sessionCookie}` } : {}),
        ...headers,
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    this.#keepCookie(response);
    return response;
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  /** Signs in with a sandbox account (password "sandbox" unless given). */
  async signIn(email: string, password = SANDBOX_PASSWORD): Promise<Response> {
    return this.request('POST', '/api/session', { json: { email, password } });
  }

  #keepCookie(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [, name, value] = /^((?:__Host-)?session)=([^;]*)/.exec(cookie) ?? [];
      if (name === undefined || value === undefined) continue;
      this.cookieName = name;
      this.sessionCookie = value === '' || /Max-Age=0/i.test(cookie) ? undefined : value;
    }
  }
}
