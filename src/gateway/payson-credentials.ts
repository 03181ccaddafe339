import { forbidden } from './api-error.ts';
import { sameId } from '../contract/roles.ts';
import type { GatewayDeps } from './gateway-env.ts';
import type { Session } from './session/store.ts';
import type { PaysonCredentials } from './upstream/payson-client.ts';

/** Long enough that paging through a list does not ask BokaMera each time, short enough to pick up a changed key. */
const CACHE_MS = 5 * 60_000;

/**
 * The Payson merchant credentials of a company: the configured single merchant when it is that
 * company's, else BokaMera's api settings read with the user's own token (BokaMera decides who may
 * read them). BokaMera ignores CompanyId for anyone but a superadmin and answers with the user's own
 * company instead, so an answer naming a CompanyId must name the company asked for. BokaMera's
 * published sample names none: then the settings are taken as the company asked for, since BokaMera
 * answered that request with the user's token (and the route already checked the user may open it).
 */
export async function paysonCredentialsFor(deps: GatewayDeps, session: Session, companyId: string): Promise<PaysonCredentials> {
  const single = deps.config.singleMerchant;
  if (single && (single.companyId === undefined || sameId(single.companyId, companyId))) {
    return { agentId: single.agentId, apiKey: single.apiKey };
  }

  const key = companyId.toLowerCase();
  const now = deps.sessions.now();
  const cached = session.paysonCredentials.get(key);
  if (cached && cached.expiresAt > now) return cached.credentials;

  const settings = await deps.bokamera.paysonApiSettings(session.tokens.accessToken, companyId);
  if (settings.CompanyId !== undefined && !sameId(settings.CompanyId, companyId)) throw forbidden('You do not have access to this company.', 'company_access');
  const credentials = { agentId: settings.SecurityUserId, apiKey: settings.SecurityPassword };
  session.paysonCredentials.set(key, { credentials, expiresAt: now + CACHE_MS });
  return credentials;
}
