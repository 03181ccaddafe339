import { Hono } from 'hono';
import { PAYSON_MERCHANTS, paysonCheckouts } from './fake-data.ts';

/** Payson Checkout 2.0: Basic auth with a merchant's agent id and API key, 20 checkouts a page. */
export function fakePayson() {
  const checkoutsByAgent = paysonCheckouts();
  const app = new Hono<{ Variables: { checkouts: ReturnType<typeof paysonCheckouts>[string] } }>();

  app.use('*', async (c, next) => {
    const [agentId, apiKey] = Buffer.from(c.req.header('Authorization')?.replace(/^Basic /, '') ?? '', 'base64')
      .toString('utf8')
      .split(':');
    const merchant = Object.values(PAYSON_MERCHANTS).find((known) => known.agentId === agentId && known.apiKey === apiKey);
    const checkouts = merchant ? checkoutsByAgent[merchant.agentId] : undefined;
    if (!checkouts) return c.body(null, 401);
    c.set('checkouts', checkouts);
    await next();
  });

  app.get('/Checkouts', (c) => {
    const status = c.req.query('status')?.toLowerCase();
    const page = Number(c.req.query('page') ?? 1);
    const matching = c.var.checkouts.filter((checkout) => !status || checkout.status.toLowerCase() === status);
    const data = matching.slice((page - 1) * 20, page * 20);
    return c.json({ pageSize: 20, page, totalPages: Math.max(1, Math.ceil(matching.length / 20)), count: data.length, totalCount: matching.length, data });
  });

  app.get('/Checkouts/:id', (c) => {
    const checkout = c.var.checkouts.find((candidate) => candidate.id === c.req.param('id'));
    return checkout ? c.json(checkout) : c.json({ message: 'Checkout not found', errors: [] }, 404);
  });

  return app;
}
