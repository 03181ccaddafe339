import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { BOKAMERA_PATH, createBokaMera } from './bokamera.ts';
import { PaysonClient } from './bokamera-payson-client.ts';
import { bokameraErrorForStatus } from './bokamera-responses.ts';
import type { Clock } from './clock.ts';
import { CONTROL_PATH, createControl, type ControlEnv } from './control.ts';
import type { TokenRoles } from './options.ts';
import { createEmbedPage } from './embed-page.ts';
import { FaultPlan } from './faults.ts';
import { createIdentity, IDENTITY_PATH, identityErrorForStatus } from './identity.ts';
import { IdentitySessions } from './identity-sessions.ts';
import { ConnectionDropped, observeUpstream, type Connection, type ObservedUpstream } from './observed-upstream.ts';
import { createPayson, PAYSON_PATH } from './payson.ts';
import { paysonErrorForStatus } from './payson-responses.ts';
import { RequestLog, type UpstreamName } from './request-log.ts';
import type { CheckoutSource } from './source.ts';
import { CheckoutStore } from './store.ts';
import { TokenLifetime } from './token-lifetime.ts';
import { tapWire, type WireTap } from './wire-tap.ts';

/** Wires the simulated upstreams, the embed page and the control routes into one app on one origin. */

export interface SandboxAppSettings {
  origin: string;
  source: CheckoutSource;
  apiKey: string;
  tokenTtlSeconds: number;
  clock: Clock;
  tokenRoles: TokenRoles;
  /** In-process callers only: sees every call that comes over HTTP, with headers and body. */
  wireTap?: WireTap;
}

export interface SandboxApp {
  app: Hono<SandboxEnv>;
  control: Hono<ControlEnv>;
}

/**
 * Over HTTP, @hono/node-server passes the Node request, whose socket a dropped-connection fault
 * destroys and whose remote address the control routes check.
 */
export type SandboxEnv = { Bindings: { incoming?: { socket?: Connection & { remoteAddress?: string } } } };

type FetchHandler = { fetch: (request: Request) => Response | Promise<Response> };

/** Keycloak keeps a session 30 minutes after the last refresh. */
const REFRESH_LIFETIME_SECONDS = 30 * 60;

export function createSandboxApp(settings: SandboxAppSettings): SandboxApp {
  const { origin, clock } = settings;
  const store = new CheckoutStore(settings.source);
  const faults = new FaultPlan();
  const log = new RequestLog();
  const tokenSecret = randomBytes(32);
  const paysonBase = `${origin}${PAYSON_PATH}`;

  const observe = (name: UpstreamName, basePath: string, upstream: FetchHandler, errorResponse: (status: number) => Response) =>
    observeUpstream({ name, basePath, handle: async (request) => upstream.fetch(request), errorResponse }, faults, log, clock);

  const tokenLifetime = new TokenLifetime(settings.tokenTtlSeconds);
  const sessions = new IdentitySessions(clock, Math.max(REFRESH_LIFETIME_SECONDS, settings.tokenTtlSeconds));
  const identityApp = createIdentity({
    sessions,
    tokenSecret,
    tokenLifetime,
    issuer: `${origin}/identity/realms/bookmore-admin`,
    clock,
    tokenRoles: settings.tokenRoles,
  });
  const identity = observe('identity', IDENTITY_PATH, identityApp, identityErrorForStatus);
  const payson = observe('payson', PAYSON_PATH, createPayson({ store, clock, paysonBase }), paysonErrorForStatus);
  const bokameraApp = createBokaMera({
    store,
    tokenSecret,
    clock,
    apiKey: settings.apiKey,
    payson: new PaysonClient(payson, paysonBase),
  });
  const bokamera = observe('bokamera', BOKAMERA_PATH, bokameraApp, bokameraErrorForStatus);
  const control = createControl({ store, faults, log, tokenLifetime, clock });

  const app = new Hono<SandboxEnv>();
  const { wireTap } = settings;
  const forward = (name: UpstreamName, basePath: string, upstream: ObservedUpstream) => (c: Context<SandboxEnv>) => {
    const answer = (request: Request) => upstream(request, c.env?.incoming?.socket);
    return wireTap ? tapWire(wireTap, name, basePath, c.req.raw, answer) : answer(c.req.raw);
  };
  app.all(`${IDENTITY_PATH}/*`, forward('identity', IDENTITY_PATH, identity));
  app.all(`${BOKAMERA_PATH}/*`, forward('bokamera', BOKAMERA_PATH, bokamera));
  app.all(`${PAYSON_PATH}/*`, forward('payson', PAYSON_PATH, payson));
  app.all(`${CONTROL_PATH}/*`, (c) => control.fetch(c.req.raw, { remoteAddress: c.env?.incoming?.socket?.remoteAddress }));
  app.route('/', createEmbedPage(store));
  app.onError((error) => {
    // The socket is gone; this answer only completes Hono's bookkeeping.
    if (error instanceof ConnectionDropped) return new Response(null, { status: 499 });
    return new Response('Sandbox error', { status: 500 });
  });
  return { app, control };
}
