import type { Context } from 'hono';
import { isSuperadmin } from '../contract/roles.ts';
import { accountById, type SandboxAccount } from './accounts.ts';
import type { Clock } from './clock.ts';
import { verifyJwt } from './jwt.ts';
import { notAuthenticated, notFound } from './bokamera-responses.ts';
import type { CheckoutStore } from './store.ts';
import type { SandboxCompany } from './source.ts';

/** Who calls BokaMera: the bearer token's user, with the roles the token carries and their company. */
export interface Caller {
  account: SandboxAccount;
  roles: readonly string[];
  company: SandboxCompany;
}

export interface BokaMeraAuthDependencies {
  store: CheckoutStore;
  tokenSecret: Buffer;
  clock: Clock;
}

/** The caller of a request with a valid bearer token, undefined when it has none, or a 401 when it is bad. */
export function callerOf(c: Context, deps: BokaMeraAuthDependencies): Caller | undefined | Response {
  const authorization = c.req.header('authorization');
  if (authorization === undefined) return undefined;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const claims = token && verifyJwt(token, deps.tokenSecret, Math.floor(deps.clock() / 1000));
  const account = claims && typeof claims.sub === 'string' ? accountById(claims.sub) : undefined;
  const company = account && deps.store.companies[account.companyIndex];
  if (!claims || !account || !company) return notAuthenticated();
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(realmAccess?.roles) ? realmAccess.roles.filter((role) => typeof role === 'string') : [];
  return { account, roles, company };
}

/** Like callerOf, for operations that require authentication: a missing token is a 401 too. */
export function requireCaller(c: Context, deps: BokaMeraAuthDependencies): Caller | Response {
  return callerOf(c, deps) ?? notAuthenticated();
}

/**
 * BokaMera's ICompany rule: "if empty will use the company id for the user you are logged in with",
 * and only a superadmin may name another company; for other roles the value is ignored.
 */
export function companyFor(caller: Caller, requestedId: unknown, store: CheckoutStore): SandboxCompany | Response {
  if (!isSuperadmin(caller.roles) || typeof requestedId !== 'string' || requestedId === '') return caller.company;
  return store.companyById(requestedId) ?? notFound(`Company ${requestedId} was not found.`);
}
