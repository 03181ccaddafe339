import { Hono } from 'hono';
import { ROLES } from '../../contract/roles.ts';
import { COMPANIES, FAKE_API_KEY, PAYSON_MERCHANTS, READY_CHECKOUT } from './fake-data.ts';
import { bearerAccount, type IssuedTokens } from './fake-identity.ts';

const responseStatus = (ErrorCode: string, Message: string) => ({ ResponseStatus: { ErrorCode, Message, Errors: [] } });

/**
 * BokaMera as ServiceStack answers: x-api-key and a live bearer token on every call, roles checked per
 * operation, and CompanyId honoured only for superadmins (everyone else gets their own company).
 */
export function fakeBokamera(tokens: IssuedTokens) {
  const app = new Hono<{ Variables: { account: NonNullable<ReturnType<typeof bearerAccount>> } }>();

  app.use('*', async (c, next) => {
    const account = bearerAccount(tokens, c.req.header('Authorization'));
    if (c.req.header('x-api-key') !== FAKE_API_KEY || !account) {
      return c.json(responseStatus('Unauthorized', 'You were unauthorized to call this service'), 401);
    }
    c.set('account', account);
    await next();
  });

  const companyFor = (c: { var: { account: { roles: string[]; companyId?: string } } }, asked: string | undefined) =>
    c.var.account.roles.includes(ROLES.superadmin) && asked ? asked : c.var.account.companyId;

  app.get('/users', (c) => {
    const { account } = c.var;
    return c.json({
      UserId: account.sub,
      AdminProfile: account.companyId ? { CompanyId: account.companyId, Email: account.email, Firstname: account.name } : undefined,
    });
  });

  app.get('/companies', (c) => {
    const id = c.req.query('Id');
    const matching = id ? COMPANIES.filter((company) => company.Id === id) : COMPANIES;
    const skip = Number(c.req.query('Skip') ?? 0);
    const take = Number(c.req.query('Take') ?? 100);
    return c.json({ Offset: skip, Total: matching.length, Results: matching.slice(skip, skip + take) });
  });

  app.get('/payment/payson/apisettings', (c) => {
    const companyId = companyFor(c, c.req.query('CompanyId'));
    const merchant = companyId ? PAYSON_MERCHANTS[companyId] : undefined;
    if (!companyId || !merchant) return c.json(responseStatus('NotFound', 'No Payson settings'), 404);
    return c.json({ CompanyId: companyId, SecurityUserId: merchant.agentId, SecurityPassword: merchant.apiKey, ReceiverEmail: 'kassa@test.se' });
  });

  app.put('/payment/payson/v2/checkout/:id/sendpaymentrequest', (c) => {
    const { roles } = c.var.account;
    if (!roles.includes(ROLES.write) && !roles.includes(ROLES.superadmin)) {
      return c.json(responseStatus('Forbidden', 'Invalid Role'), 403);
    }
    if (c.req.param('id') !== READY_CHECKOUT) {
      return c.json(responseStatus('ValidationException', 'The checkout must have status ReadyToShip'), 400);
    }
    return c.json({ Id: READY_CHECKOUT, Snippet: '<div id="paysonContainer"></div>', Status: 'ReadyToShip' });
  });

  return app;
}
