import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { gatewayConfigFromUrls, type GatewayConfig } from '../config.ts';
import { createGateway, type GatewayOptions } from '../create-gateway.ts';
import { sharedTestDatabase } from '../db/testing/test-databases.ts';
import type { GatewayEnv } from '../gateway-env.ts';
import { FAKE_API_KEY, PASSWORD } from './fake-data.ts';
import { startFakeUpstreams, type FakeUpstreams } from './fake-upstreams.ts';

export const GATEWAY_ORIGIN = 'http://gateway.test';

export interface TestGateway {
  app: Hono<GatewayEnv>;
  fakes: FakeUpstreams;
  config: GatewayConfig;
  /** A browser on the gateway's own origin, with its own cookie jar. */
  browser(): TestBrowser;
  close(): Promise<void>;
}

/** The gateway wired to fresh fake upstreams, with a short upstream timeout so timeout tests run fast. */
export async function startTestGateway(
  configOverrides: Partial<GatewayConfig> = {},
  options: Partial<GatewayOptions> = {},
): Promise<TestGateway> {
  const fakes = await startFakeUpstreams();
  const config = {
    ...gatewayConfigFromUrls(fakes.urls, FAKE_API_KEY),
    upstreamTimeoutMs: 300,
    sessionSecret: randomBytes(32).toString('base64url'),
    ...configOverrides,
  };
  const app = createGateway(config, { database: await sharedTestDatabase(), ...options });
  return { app, fakes, config, browser: () => new TestBrowser(app), close: () => fakes.close() };
}

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

  async signIn(email: string, password = PASSWORD): Promise<Response> {
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
