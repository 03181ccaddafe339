import { Hono, type Context } from 'hono';
import { AUDIT_ACTIONS, type ActivityEntry, type ActivityPage, type AuditAction } from '../../contract/gateway-api.ts';
import { isSuperadmin } from '../../contract/roles.ts';
import { badRequest } from '../api-error.ts';
import { queryActivity, type AuditRow } from '../audit/audit-log.ts';
import { assertMayOpenCompany } from '../company-access.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { requireSession } from '../session/require-session.ts';

export const ACTIVITY_PAGE_SIZE = 25;

/**
 * The audit trail, read: newest first, a page at a time. Superadmins see every company's entries
 * (or one company's, when asked); everyone else only their own company's, decided here in the
 * query, whatever the request asks for.
 */
export function activityRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();
  app.get('/activity', requireSession(deps), async (c) => {
    const user = c.var.session.user;
    const filters = activityFilters(c);
    if (filters.companyId !== undefined) assertMayOpenCompany(user, filters.companyId);
    const companyId = isSuperadmin(user.roles) ? filters.companyId : user.companyId;
    const { rows, total } = await queryActivity(deps.db, { ...filters, companyId, pageSize: ACTIVITY_PAGE_SIZE });
    return c.json({ entries: rows.map(entry), page: filters.page, pageSize: ACTIVITY_PAGE_SIZE, total } satisfies ActivityPage);
  });
  return app;
}

function activityFilters(c: Context) {
  const page = c.req.query('page') || '1';
  const action = c.req.query('action') || undefined;
  const who = c.req.query('who')?.trim() || undefined;
  const companyId = c.req.query('companyId') || undefined;
  if (!/^[1-9]\d{0,6}$/.test(page)) throw badRequest('The page must be a positive whole number.');
  if (action !== undefined && !isAuditAction(action)) throw badRequest('Unknown action.');
  if (who !== undefined && who.length > 320) throw badRequest('The person is too long.');
  if (companyId !== undefined && !/^[A-Za-z0-9_-]{1,100}$/.test(companyId)) throw badRequest('Invalid companyId.');
  return { page: Number(page), action, who, companyId };
}

function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

function entry(row: AuditRow): ActivityEntry {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    action: row.action,
    outcome: row.outcome,
    detail: row.detail,
    who: { email: row.actorEmail, name: row.actorName, role: row.actorRole },
    companyId: row.companyId,
    checkoutId: row.checkoutId,
    clientAddress: row.clientAddress,
    requestId: row.requestId,
  };
}
