import { Hono } from 'hono';
import * as z from 'zod/mini';
import { addCheckout, changeCheckoutStatus, checkoutChangeSchema, newCheckoutSchema } from './checkout-control.ts';
import type { Clock } from './clock.ts';
import { controlRefusal } from './control-guard.ts';
import { faultRequestSchema, type FaultPlan } from './faults.ts';
import type { RequestLog } from './request-log.ts';
import type { CheckoutStore } from './store.ts';
import type { TokenLifetime } from './token-lifetime.ts';

/**
 * The sandbox's own control routes, for tests and demos: reset, faults, and the request log. Only
 * for clients on this machine, sending JSON from no other origin (see control-guard.ts).
 */

export const CONTROL_PATH = '/__sandbox';

/** Who is asking: the remote address of the request's socket, which the control routes must see. */
export type ControlEnv = { Bindings: { remoteAddress: string | undefined } };

export interface ControlDependencies {
  store: CheckoutStore;
  faults: FaultPlan;
  log: RequestLog;
  tokenLifetime: TokenLifetime;
  clock: Clock;
}

/** Long enough for a token to reach an upstream; at most a day, like SANDBOX_TOKEN_TTL_SECONDS. */
const tokenLifetimeSchema = z.object({ ttlSeconds: z.int().check(z.gte(5), z.lte(86_400)) });

export function createControl({ store, faults, log, tokenLifetime, clock }: ControlDependencies): Hono<ControlEnv> {
  const app = new Hono<ControlEnv>({ strict: false }).basePath(CONTROL_PATH);

  app.use('*', async (c, next) => {
    const refusal = controlRefusal(c.req.raw, c.env?.remoteAddress);
    if (refusal) return c.json({ error: refusal.message }, refusal.status);
    await next();
  });

  /** Back to the start: the data as generated or loaded, no faults, an empty log, the configured token lifetime. Sign-ins survive. */
  app.post('/reset', (c) => {
    store.reset();
    faults.clear();
    log.clear();
    tokenLifetime.reset();
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

  /** The lifetime of access tokens issued from now on (a short one makes the gateway refresh at once). */
  app.post('/tokens', async (c) => {
    const parsed = tokenLifetimeSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    tokenLifetime.set(parsed.data.ttlSeconds);
    return c.json({ ttlSeconds: tokenLifetime.seconds });
  });

  app.get('/requests', (c) => c.json({ requests: log.entries() }));

  /** A checkout changed in Payson directly, behind the dashboard's back: `{"status":"shipped"}`. */
  app.post('/checkouts/:id', async (c) => {
    const parsed = checkoutChangeSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    const changed = changeCheckoutStatus(store, c.req.param('id'), parsed.data.status, clock());
    return changed === undefined ? c.json({ error: 'No such checkout' }, 404) : c.json(changed);
  });

  /** A new checkout in Payson (a customer just booked): `{}` or name, e-mail, reference, amount, status. */
  app.post('/companies/:companyId/checkouts', async (c) => {
    const parsed = newCheckoutSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    const added = addCheckout(store, c.req.param('companyId'), parsed.data, clock());
    return added === undefined ? c.json({ error: 'No such company' }, 404) : c.json(added, 201);
  });

  app.notFound((c) => c.json({ error: `No sandbox control at ${c.req.method} ${c.req.path}` }, 404));
  return app;
}
