import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, notFound } from './api-error.ts';
import type { GatewayConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { errorHandler } from './error-handler.ts';
import type { GatewayDeps, GatewayEnv } from './gateway-env.ts';
import { requestId, requestLog, type GatewayLogger } from './request-log.ts';
import { activityRoutes } from './routes/activity.ts';
import { checkoutRoutes } from './routes/checkouts.ts';
import { companyRoutes } from './routes/companies.ts';
import { configRoutes } from './routes/config.ts';
import { paymentRequestRoutes } from './routes/payment-request.ts';
import { sessionRoutes } from './routes/session.ts';
import { securityHeaders } from './security/headers.ts';
import { requireSameOrigin } from './security/same-origin.ts';
import { SignInThrottle } from './security/sign-in-throttle.ts';
import { SessionStore } from './session/store.ts';
import { spaStaticFiles } from './static-files.ts';
import { createBokameraClient } from './upstream/bokamera-client.ts';
import { createIdentityClient } from './upstream/identity-client.ts';
import { createPaysonClient } from './upstream/payson-client.ts';

export interface GatewayOptions {
  /** The opened, migrated database; whoever opened it closes it (start-up on shutdown, tests after). */
  database: Database;
  /** The sandbox's control handler, mounted at /__sandbox/* (sandbox mode only). */
  control?: (request: Request) => Promise<Response>;
  /** The built SPA (e.g. `dist/`); without it the gateway serves only /api. */
  staticDir?: string;
  /** Receives one structured line per request. */
  logger?: GatewayLogger;
  /** The clock of session lifetimes and the sign-in throttle; tests move it instead of waiting hours. */
  now?: () => number;
}

/** Every /api body is small JSON; anything bigger is refused before it is read. */
const MAX_API_BODY_BYTES = 16 * 1024;

export function createGateway(config: GatewayConfig, options: GatewayOptions): Hono<GatewayEnv> {
  const deps: GatewayDeps = {
    config,
    db: options.database.db,
    sessions: new SessionStore({
      idleMs: config.sessionIdleMinutes * 60_000,
      absoluteMs: config.sessionAbsoluteHours * 3_600_000,
      ...(options.now ? { now: options.now } : {}),
    }),
    signInThrottle: new SignInThrottle(options.now ? { now: options.now } : {}),
    identity: createIdentityClient(config),
    bokamera: createBokameraClient(config),
    payson: createPaysonClient(config),
  };

  const app = new Hono<GatewayEnv>();
  app.use(requestId());
  if (options.logger) app.use(requestLog(options.logger));
  app.use(securityHeaders(config));
  app.onError(errorHandler(deps));
  app.notFound((c) => c.json(notFound().toBody(), 404));

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store'); // personal data: no cache may keep it
  });
  app.use('/api/*', requireSameOrigin(config.publicOrigin));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'bad_request', 'The request body is too large.');
      },
    }),
  );
  for (const routes of [sessionRoutes, configRoutes, companyRoutes, checkoutRoutes, paymentRequestRoutes, activityRoutes]) {
    app.route('/api', routes(deps));
  }
  app.all('/api/*', () => {
    throw notFound();
  });

  const control = options.control;
  if (control) app.all('/__sandbox/*', (c) => control(c.req.raw));
  if (options.staticDir) app.route('/', spaStaticFiles(options.staticDir));
  return app;
}
