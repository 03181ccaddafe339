import type { Context } from 'hono';
import { isSuperadmin } from '../contract/roles.ts';
import { accountById, type SandboxAccount } from './accounts.ts';
import type { Clock } from './clock.ts';
import { verifyJwt } from './jwt.ts';
import { invalidRole, notAuthenticated, notFound } from './bokamera-responses.ts';
import type { CheckoutStore } from './store.ts';
import type { SandboxCompany } from './source.ts';

/**
 * Who calls BokaMera: the bearer token's user, with the roles BokaMera itself keeps for them (as
 * ServiceStack's [RequiresAnyRole] checks its own session, not the token's claims) and the company
 * they administer, if any.
 */
export interface Caller {
  account: SandboxAccount;
  roles: readonly string[];
  company: SandboxCompany | undefined;
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
  if (!claims || !account) return notAuthenticated();
  const company = account.companyIndex === undefined ? undefined : deps.store.companies[account.companyIndex];
  if (account.companyIndex !== undefined && !company) return notAuthenticated();
  return { account, roles: account.roles, company };
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
  if (!isSuperadmin(caller.roles) || typeof requestedId !== 'string' || requestedId === '') return caller.company ?? invalidRole();
  return store.companyById(requestedId) ?? notFound(`Company ${requestedId} was not found.`);
}
