import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, notFound } from './api-error.ts';
import type { GatewayConfig } from './config.ts';
import type { CheckoutIndexing } from './checkout-index/checkout-indexing.ts';
import type { Database } from './db/database.ts';
import { errorHandler } from './error-handler.ts';
import type { GatewayDeps, GatewayEnv } from './gateway-env.ts';
import { requestId, requestLog, type GatewayLogger } from './request-log.ts';
import { activityRoutes } from './routes/activity.ts';
import { CheckoutIndexer, type CheckoutIndexerOptions } from './checkout-index/indexer.ts';
import { checkoutIndexRoutes } from './routes/checkout-index.ts';
import { checkoutRoutes } from './routes/checkouts.ts';
import { companyRoutes } from './routes/companies.ts';
import { configRoutes } from './routes/config.ts';
import { overviewRoutes } from './routes/overview.ts';
import { paymentRequestRoutes } from './routes/payment-request.ts';
import { sessionRoutes } from './routes/session.ts';
import { securityHeaders } from './security/headers.ts';
import { clientAddress, peerAddress } from './security/client-address.ts';
import { apiRateLimit, MemoryRateLimitStore } from './security/rate-limit.ts';
import { requireOwnHost, requireSameOrigin } from './security/same-origin.ts';
import { SignInThrottle } from './security/sign-in-throttle.ts';
import { DatabaseThrottleStore } from './security/throttle-store.ts';
import { firstScreenPages } from './server-render/first-screen-route.ts';
import { SessionStore } from './session/store.ts';
import { spaStaticFiles } from './static-files.ts';
import { createBokameraClient } from './upstream/bokamera-client.ts';
import { createIdentityClient } from './upstream/identity-client.ts';
import { createPaysonClient } from './upstream/payson-client.ts';

export interface GatewayOptions {
  /** The opened, migrated database; whoever opened it closes it (start-up on shutdown, tests after). */
  database: Database;
  /**
   * The sandbox's control handler, mounted at /__sandbox/* (sandbox mode only), given the client
   * socket's remote address (never a forwarded one): the sandbox answers loopback clients only.
   */
  control?: (request: Request, remoteAddress: string | undefined) => Promise<Response>;
  /** The built SPA (e.g. `dist/`); without it the gateway serves only /api. */
  staticDir?: string;
  /** Receives one structured line per request. */
  logger?: GatewayLogger;
  /** The clock of session lifetimes, the sign-in throttle and the rate limit; tests move it instead of waiting hours. */
  now?: () => number;
  /** How the sign-in slowdown waits; tests record the wait instead of sleeping through it. */
  wait?: (ms: number) => Promise<void>;
  /** The background indexing of checkouts (issue 13); absent: INDEX=off, the list is Payson's own. */
  index?: CheckoutIndexing;
  /** The index's backoff waits, jitter and lease holder name; tests record waits instead of sleeping. */
  indexing?: Pick<CheckoutIndexerOptions, 'wait' | 'random' | 'holder'>;
}

/** The app, and its background indexing (when INDEX is on), which start-up stops on shutdown. */
export type Gateway = Hono<GatewayEnv> & { checkoutIndexer: CheckoutIndexer | undefined };

function requiredSessionSecret(config: GatewayConfig): string {
  // Start-up resolves it (configured, or generated into DATA_DIR in sandbox mode); see session/session-secret.ts.
  if (!config.sessionSecret) throw new Error('The gateway needs config.sessionSecret to seal session tokens');
  return config.sessionSecret;
}

/** Every /api body is small JSON; anything bigger is refused before it is read. */
const MAX_API_BODY_BYTES = 16 * 1024;

export function createGateway(config: GatewayConfig, options: GatewayOptions): Gateway {
  const payson = createPaysonClient(config);
  // Shares the Payson client, so its per-merchant limit holds for the index's reads and users' alike.
  // A given indexing (tests' stand-in over rows they write) replaces the gateway's own.
  const checkoutIndexer = config.index.enabled && !options.index
    ? new CheckoutIndexer({ db: options.database.db, payson, config, ...(options.now ? { now: options.now } : {}), ...options.indexing })
    : undefined;
  const index = options.index ?? checkoutIndexer;
  const deps: GatewayDeps = {
    config,
    db: options.database.db,
    sessions: new SessionStore({
      db: options.database.db,
      secret: requiredSessionSecret(config),
      idleMs: config.sessionIdleMinutes * 60_000,
      absoluteMs: config.sessionAbsoluteHours * 3_600_000,
      ...(options.now ? { now: options.now } : {}),
    }),
    signInThrottle: new SignInThrottle({
      // In the database, so the limits hold across every gateway on it and across restarts.
      store: new DatabaseThrottleStore({ db: options.database.db }),
      ...(options.now ? { now: options.now } : {}),
      ...(options.wait ? { wait: options.wait } : {}),
    }),
    identity: createIdentityClient(config),
    bokamera: createBokameraClient(config),
    payson,
    ...(index ? { index } : {}),
  };
  // A one-merchant deployment for one company knows its credentials now: its indexing resumes at once.
  const single = config.singleMerchant;
  if (checkoutIndexer && single?.companyId) checkoutIndexer.ensureIndexing(single.companyId, { agentId: single.agentId, apiKey: single.apiKey });

  const app = new Hono<GatewayEnv>();
  app.use(async (c, next) => {
    c.set('clientAddress', clientAddress(c, config.trustedProxies));
    await next();
  });
  app.use(requestId());
  if (options.logger) app.use(requestLog(options.logger));
  app.use(securityHeaders(config));
  app.onError(errorHandler(deps));
  app.notFound((c) => c.json(notFound().toBody(), 404));

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store'); // personal data: no cache may keep it
  });
  // Everything but the static files answers only to our own host names (a DNS-rebinding page gets 421).
  app.use('/api/*', requireOwnHost(config.publicOrigins));
  app.use('/__sandbox/*', requireOwnHost(config.publicOrigins));
  app.use('/api/*', requireSameOrigin(config.publicOrigins));
  app.use('/api/*', apiRateLimit(deps, config.apiRate, new MemoryRateLimitStore(), options.now ?? Date.now));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'bad_request', 'The request body is too large.', {}, { reason: 'body_too_large' });
      },
    }),
  );
  // The index routes before the checkout routes, whose `:checkoutId` would take "index" for an id.
  for (const routes of [sessionRoutes, configRoutes, companyRoutes, checkoutIndexRoutes, checkoutRoutes, paymentRequestRoutes, activityRoutes, overviewRoutes]) {
    app.route('/api', routes(deps));
  }
  app.all('/api/*', () => {
    throw notFound();
  });

  const control = options.control;
  // Without the sandbox (live mode) the control routes do not exist: a 404, not the SPA's index.html.
  app.all('/__sandbox/*', (c) => {
    if (!control) throw notFound();
    // The socket's own peer, never a forwarded address: the sandbox answers loopback clients only.
    return control(c.req.raw, peerAddress(c));
  });
  if (options.staticDir) {
    // The list's and a checkout's first screen rendered on the server when the build has its entry (issue 14).
    app.get('/companies/*', firstScreenPages(options.staticDir, config.publicOrigins, () => app));
    app.route('/', spaStaticFiles(options.staticDir));
  }
  return Object.assign(app, { checkoutIndexer });
}
