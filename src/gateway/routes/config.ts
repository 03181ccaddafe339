import { Hono } from 'hono';
import { COMPANY_TIME_ZONE } from '../company-time-zone.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';

/** What the SPA needs to know before sign-in: which Payson embed pages it may show, and the time zones. */
export function configRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();
  app.get('/config', (c) =>
    c.json({
      embedUrls: deps.config.embedUrls,
      paysonTimeZone: deps.config.paysonTimeZone,
      companyTimeZone: COMPANY_TIME_ZONE,
    }),
  );
  return app;
}
