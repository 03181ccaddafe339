import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { BOKAMERA_PATH } from './bokamera.ts';
import { systemClock, type Clock } from './clock.ts';
import { EMBED_PATH } from './embed-page.ts';
import { loadFixtureSource } from './fixture.ts';
import { GeneratedSource } from './generator/generated-source.ts';
import { IDENTITY_PATH } from './identity.ts';
import { MINIMUM_COMPANIES, startOfTodayUtc, type SandboxOptions } from './options.ts';
import { PAYSON_PATH } from './payson.ts';
import { createSandboxApp, type SandboxEnv } from './sandbox-app.ts';
import type { CheckoutSource } from './source.ts';

export { sandboxOptionsFromEnv, type SandboxOptions } from './options.ts';
export type { WireCall, WireTap } from './wire-tap.ts';
export type { FaultRequest } from './faults.ts';
export type { LoggedRequest } from './request-log.ts';
export { SANDBOX_ACCOUNTS, SANDBOX_API_KEY, SANDBOX_PASSWORD, type SandboxAccount } from './accounts.ts';

export interface RunningSandbox {
  /** http://127.0.0.1:PORT (the host it listens on, when not loopback) */
  origin: string;
  urls: { identity: string; bokamera: string; payson: string; embed: string };
  /**
   * Handles /__sandbox/* requests, for mounting on the gateway's origin; `remoteAddress` is the
   * client socket's, as the gateway saw it (the routes answer loopback clients only).
   */
  control: (request: Request, remoteAddress: string | undefined) => Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts the simulated upstreams on 127.0.0.1 (or `options.host`) on a free port (or `options.port`).
 * `clock` drives tokens and Payson's timestamps of changes (tests move it); generated data is
 * anchored to `options.now` instead.
 */
export async function startSandbox(options: SandboxOptions, clock: Clock = systemClock): Promise<RunningSandbox> {
  // The generated snippets name the sandbox's own origin, so the port is taken before the data is made.
  let app: Hono<SandboxEnv> | undefined;
  const host = options.host ?? LOOPBACK;
  const server = createAdaptorServer({
    hostname: host,
    fetch: (request, env) => (app ? app.fetch(request, env) : new Response('Starting', { status: 503 })),
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });

  try {
    const origin = `http://${originHost(host)}:${(server.address() as AddressInfo).port}`;
    const source = await sourceFor(options, origin);
    const sandbox = createSandboxApp({
      origin,
      source,
      apiKey: options.apiKey,
      tokenTtlSeconds: options.tokenTtlSeconds,
      clock,
      tokenRoles: options.tokenRoles,
      wireTap: options.wireTap,
    });
    app = sandbox.app;
    return {
      origin,
      urls: {
        identity: `${origin}${IDENTITY_PATH}`,
        bokamera: `${origin}${BOKAMERA_PATH}`,
        payson: `${origin}${PAYSON_PATH}`,
        embed: `${origin}${EMBED_PATH}`,
      },
      control: async (request, remoteAddress) => sandbox.control.fetch(request, { remoteAddress }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const LOOPBACK = '127.0.0.1';

/** The host in the sandbox's URLs: the address it listens on, or loopback when that is every address. */
function originHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return LOOPBACK;
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

function sourceFor(options: SandboxOptions, origin: string): Promise<CheckoutSource> | CheckoutSource {
  if (options.fixturePath) return loadFixtureSource(options.fixturePath, options.seed);
  return new GeneratedSource({
    seed: options.seed,
    companies: Math.max(MINIMUM_COMPANIES, options.companies),
    checkoutsPerCompany: options.checkoutsPerCompany,
    now: options.now ?? startOfTodayUtc(),
    origin,
    paysonBase: `${origin}${PAYSON_PATH}`,
  });
}
