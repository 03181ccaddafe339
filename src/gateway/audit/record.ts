import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { SessionUser } from '../../contract/gateway-api.ts';
import { isSuperadmin, ROLES, sameId } from '../../contract/roles.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import type { Session } from '../session/store.ts';
import { recordAuditEvent, type AuditEvent } from './audit-log.ts';

type RequestId = GatewayEnv['Variables']['requestId'];
type RequestFields = 'at' | 'clientAddress' | 'requestId' | 'actor';

/** The person as the trail names them: email, name and their highest admin role. */
export function auditActor(user: SessionUser): AuditEvent['actor'] {
  const role = [ROLES.superadmin, ROLES.write, ROLES.read].find((candidate) => user.roles.includes(candidate));
  return { email: user.email, name: user.name, role };
}

/** Records an act of this request: the time, client address and request id come from the request. */
export async function recordAct(
  c: Context,
  deps: GatewayDeps,
  actor: AuditEvent['actor'],
  event: Omit<AuditEvent, RequestFields>,
): Promise<void> {
  await recordAuditEvent(deps.db, {
    ...event,
    actor,
    at: deps.sessions.now(),
    clientAddress: c.get('clientAddress'),
    requestId: c.get('requestId') as RequestId,
  });
}

/** Keys already written by this process, so a superadmin paging through a company writes once, not per request. */
const recordedOpenings = new Set<string>();
const MAX_REMEMBERED_OPENINGS = 10_000;

/**
 * A superadmin reading a company other than their own is recorded once per session and company.
 * The database's unique key makes it once across gateways too; the set only spares the write.
 */
export async function recordCompanyOpened(c: Context, deps: GatewayDeps, session: Session, companyId: string): Promise<void> {
  if (!isSuperadmin(session.user.roles) || sameId(session.user.companyId, companyId)) return;
  // A hash of the session's own digest, so the key never holds the session id (a usable cookie).
  const dedupeKey = createHash('sha256').update(`opened-company:${session.idHash}:${companyId.toLowerCase()}`).digest('hex');
  if (recordedOpenings.has(dedupeKey)) return;
  await recordAct(c, deps, auditActor(session.user), { action: 'opened_company', outcome: 'success', companyId, dedupeKey });
  if (recordedOpenings.size >= MAX_REMEMBERED_OPENINGS) recordedOpenings.clear();
  recordedOpenings.add(dedupeKey);
}
