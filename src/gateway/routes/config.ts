import { Hono } from 'hono';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';

/** What the SPA needs to know before sign-in: which Payson embed pages it may show. */
export function configRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();
  app.get('/config', (c) => c.json({ embedUrls: deps.config.embedUrls }));
  return app;
}
