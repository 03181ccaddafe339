import { Hono } from 'hono';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';

/** BokaMera's company carries no time zone: its companies are Swedish. */
export const COMPANY_TIME_ZONE = 'Europe/Stockholm';

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
