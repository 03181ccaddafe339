import { Hono } from 'hono';
import * as z from 'zod/mini';
import { faultRequestSchema, type FaultPlan } from './faults.ts';
import type { RequestLog } from './request-log.ts';
import type { CheckoutStore } from './store.ts';

/** The sandbox's own control routes, for tests and demos: reset, faults, and the request log. */

export const CONTROL_PATH = '/__sandbox';

export interface ControlDependencies {
  store: CheckoutStore;
  faults: FaultPlan;
  log: RequestLog;
}

export function createControl({ store, faults, log }: ControlDependencies): Hono {
  const app = new Hono({ strict: false }).basePath(CONTROL_PATH);

  /** Back to the start: the data as generated or loaded, no faults, an empty log. Sign-ins survive. */
  app.post('/reset', (c) => {
    store.reset();
    faults.clear();
    log.clear();
    return c.body(null, 204);
  });

  app.post('/faults', async (c) => {
    const parsed = faultRequestSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json({ fault: faults.add(parsed.data) }, 201);
  });

  app.get('/faults', (c) => c.json({ faults: faults.pending() }));

  app.delete('/faults', (c) => {
    faults.clear();
    return c.body(null, 204);
  });

  app.get('/requests', (c) => c.json({ requests: log.entries() }));

  app.notFound((c) => c.json({ error: `No sandbox control at ${c.req.method} ${c.req.path}` }, 404));
  return app;
}
