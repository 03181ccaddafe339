import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { fakeBokamera } from './fake-bokamera.ts';
import { fakeIdentity, type IssuedTokens } from './fake-identity.ts';
import { fakePayson } from './fake-payson.ts';

export type FakeUpstreamName = 'identity' | 'bokamera' | 'payson';

export interface RecordedRequest {
  upstream: FakeUpstreamName;
  method: string;
  /** Relative to the upstream's base, query included. */
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Answers instead of the fake when it returns a Response (a fault, a delay, a surprising payload). */
export type Override = (request: RecordedRequest, c: Context) => Response | Promise<Response> | undefined;

export interface FakeUpstreams {
  urls: { identity: string; bokamera: string; payson: string; embed: string };
  requests: RecordedRequest[];
  requestsTo(upstream: FakeUpstreamName): RecordedRequest[];
  tokens: IssuedTokens;
  override(override: Override): void;
  close(): Promise<void>;
}

const BASES: Record<FakeUpstreamName, string> = {
  identity: '/identity/realms/test/protocol/openid-connect',
  bokamera: '/bokamera',
  payson: '/payson/2.0',
};

/**
 * Small stand-ins for Keycloak, BokaMera and Payson on a real loopback port, answering the documented
 * shapes and enforcing their auth, so the gateway's tests exercise real HTTP (timeouts included).
 */
export async function startFakeUpstreams(): Promise<FakeUpstreams> {
  const requests: RecordedRequest[] = [];
  const overrides: Override[] = [];
  const tokens: IssuedTokens = { ttlSeconds: 300, access: new Map(), refresh: new Map() };
  const app = new Hono();

  for (const upstream of Object.keys(BASES) as FakeUpstreamName[]) {
    app.use(`${BASES[upstream]}/*`, async (c, next) => {
      const url = new URL(c.req.url);
      const request: RecordedRequest = {
        upstream,
        method: c.req.method,
        path: url.pathname.slice(BASES[upstream].length) + url.search,
        headers: Object.fromEntries(c.req.raw.headers),
        body: await c.req.raw.clone().text(),
      };
      requests.push(request);
      for (const override of overrides) {
        const response = await override(request, c);
        if (response) return response;
      }
      await next();
    });
  }
  app.route(BASES.identity, fakeIdentity(tokens));
  app.route(BASES.bokamera, fakeBokamera(tokens));
  app.route(BASES.payson, fakePayson());

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    urls: {
      identity: origin + BASES.identity,
      bokamera: origin + BASES.bokamera,
      payson: origin + BASES.payson,
      embed: 'https://embed.test/embedded/checkout',
    },
    requests,
    requestsTo: (upstream) => requests.filter((request) => request.upstream === upstream),
    tokens,
    override: (override) => overrides.push(override),
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits, then answers; for timeouts. The timer is dropped when the test closes the server. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
