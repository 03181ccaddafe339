import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayConfigFromUrls, type GatewayConfig } from '../../gateway/config.ts';
import { createGateway, type Gateway, type GatewayOptions } from '../../gateway/create-gateway.ts';
import { signInFailures } from '../../gateway/db/sign-in-failures-table.ts';
import { sharedTestDatabase } from '../../gateway/db/testing/test-databases.ts';
import { FixtureSource } from '../../sandbox/fixture.ts';
import {
  SANDBOX_API_KEY,
  sandboxOptionsFromEnv,
  startSandbox,
  type FaultRequest,
  type LoggedRequest,
  type RunningSandbox,
  type WireCall,
} from '../../sandbox/start-sandbox.ts';
import { gatewayTestFixture, type SandboxFixture } from './gateway-test-fixture.ts';
import { GATEWAY_ORIGIN, TestBrowser } from './test-browser.ts';

/**
 * The gateway's unit tests run against the one simulator of the upstreams: the real sandbox, started
 * in-process on a free loopback port and spoken to by the gateway over real HTTP (timeouts and dropped
 * connections included). It lives here because only start-up code may wire gateway and sandbox; the
 * lint rules let only test files import it.
 *
 * Use:
 * ```ts
 * const gateway = await startGatewayWithSandbox();            // config overrides, gateway options, { fixture }
 * const admin = gateway.browser();                            // a cookie jar on the gateway's origin
 * await admin.signIn('admin@sandbox.test');                   // sandbox accounts, password "sandbox"
 * gateway.sandbox.forget();                                   // start counting calls from here
 * await gateway.sandbox.fault({ upstream: 'payson', status: 500, times: 2 }); // POST /__sandbox/faults
 * const response = await admin.get(`/api/companies/${COMPANY_A}/checkouts`);
 * gateway.sandbox.requestsTo('payson');                       // what the gateway sent, headers and body included
 * await gateway.close();
 * ```
 * Data: `gatewayTestFixture()` (two companies, three checkouts, ids exported from
 * `gateway-test-fixture.ts`) unless `{ fixture }` gives another. For an odd answer use a fault: a status
 * in the upstream's own error shape, `timeout`, `drop`, `delayMs`, or `body` (JSON answered as is).
 * The upstream timeout is 2 s, ample for loopback on a loaded machine; a test of timeouts passes
 * `{ upstreamTimeoutMs: SHORT_UPSTREAM_TIMEOUT_MS }` so it runs fast.
 */

export interface SandboxUnderTest {
  running: RunningSandbox;
  /** The calls that reached the sandbox over HTTP since the start or the last `forget()`, oldest first. */
  requests: WireCall[];
  requestsTo(upstream: WireCall['upstream']): WireCall[];
  forget(): void;
  /** A fault through the control route, as e2e tests add them (`POST /__sandbox/faults`). */
  fault(fault: FaultRequest): Promise<void>;
  /** The lifetime of access tokens issued from now on (`POST /__sandbox/tokens`), 5 s at least. */
  setTokenLifetime(ttlSeconds: number): Promise<void>;
  /** The sandbox's own request log (`GET /__sandbox/requests`), BokaMera's calls to Payson included. */
  log(): Promise<LoggedRequest[]>;
  /** The Payson Basic credential a fixture company's settings at BokaMera hold. */
  paysonAuthorization(companyId: string): string;
  /** A checkout's status changed in Payson directly (`POST /__sandbox/checkouts/:id`). */
  changeCheckout(checkoutId: string, status: string): Promise<void>;
  /** A new checkout in Payson (`POST /__sandbox/companies/:companyId/checkouts`); answers it. */
  addCheckout(companyId: string, fields?: Record<string, unknown>): Promise<{ id: string }>;
}

export interface GatewayWithSandbox {
  app: Gateway;
  config: GatewayConfig;
  sandbox: SandboxUnderTest;
  /** A browser on the gateway's own origin, with its own cookie jar. */
  browser(): TestBrowser;
  close(): Promise<void>;
}

export interface SandboxSettings {
  fixture?: SandboxFixture;
}

/** For tests of timeouts: short, so they run fast. */
export const SHORT_UPSTREAM_TIMEOUT_MS = 1000;
/** Loopback answers in milliseconds, but a shared CI machine can stall a call for a few hundred. */
const UPSTREAM_TIMEOUT_MS = 2000;

/** Fixed, so the fixture companies' Payson credentials are the same in every run. */
const SEED = 'gateway-tests';

export async function startGatewayWithSandbox(
  configOverrides: Partial<GatewayConfig> = {},
  options: Partial<GatewayOptions> = {},
  { fixture = gatewayTestFixture() }: SandboxSettings = {},
): Promise<GatewayWithSandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'gateway-sandbox-'));
  const fixturePath = join(dir, 'fixture.json');
  await writeFile(fixturePath, JSON.stringify(fixture));
  const requests: WireCall[] = [];
  let running: RunningSandbox;
  try {
    running = await startSandbox({
      ...sandboxOptionsFromEnv({}),
      seed: SEED,
      fixturePath,
      wireTap: (call) => requests.push(call),
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const merchants = new FixtureSource(fixture.companies, SEED).companies;

  const control = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const response = await fetch(`${running.origin}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox control ${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };

  const sandbox: SandboxUnderTest = {
    running,
    requests,
    requestsTo: (upstream) => requests.filter((call) => call.upstream === upstream),
    forget: () => void (requests.length = 0),
    fault: async (fault) => void (await control('POST', '/faults', fault)),
    setTokenLifetime: async (ttlSeconds) => void (await control('POST', '/tokens', { ttlSeconds })),
    log: async () => ((await (await control('GET', '/requests')).json()) as { requests: LoggedRequest[] }).requests,
    changeCheckout: async (checkoutId, status) => void (await control('POST', `/checkouts/${checkoutId}`, { status })),
    addCheckout: async (companyId, fields = {}) => (await (await control('POST', `/companies/${companyId}/checkouts`, fields)).json()) as { id: string },
    paysonAuthorization: (companyId) => {
      const merchant = merchants.find((company) => company.id === companyId)?.payson;
      if (!merchant) throw new Error(`No fixture company ${companyId}`);
      return `Basic ${Buffer.from(`${merchant.agentId}:${merchant.apiKey}`).toString('base64')}`;
    },
  };

  const config = {
    ...gatewayConfigFromUrls(running.urls, SANDBOX_API_KEY, { PUBLIC_ORIGIN: GATEWAY_ORIGIN }),
    upstreamTimeoutMs: UPSTREAM_TIMEOUT_MS,
    sessionSecret: randomBytes(32).toString('base64url'),
    // Off unless a test asks for it (`{ index: { enabled: true, … } }`): background reads of Payson
    // would otherwise show up in every test's count of upstream calls.
    index: { enabled: false, refreshSeconds: 120, concurrency: 2 },
    ...configOverrides,
  };
  const database = options.database ?? (await sharedTestDatabase());
  // The file's tests share one database: each starts with no sign-in failures counted, as each had a
  // fresh gateway process before the counts moved into the database.
  if (!options.database) await database.db.delete(signInFailures);
  const app = createGateway(config, { ...options, database });
  return {
    app,
    config,
    sandbox,
    browser: () => new TestBrowser(app),
    close: async () => {
      await app.checkoutIndexer?.stop();
      await running.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
