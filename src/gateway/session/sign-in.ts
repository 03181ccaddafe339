import type { SessionUser, SignInRequest } from '../../contract/gateway-api.ts';
import { mayReadCheckouts } from '../../contract/roles.ts';
import { ApiError, forbidden } from '../api-error.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import { logPseudonym } from '../request-log.ts';
import { isRejectedGrant } from '../upstream/identity-client.ts';
import { readAccessTokenClaims } from './access-token.ts';
import { knownRolesIn, rolesFromBokaMera } from './admin-roles.ts';
import { revokeUpstream } from './sign-out.ts';
import type { SessionTokens } from './store.ts';
import { sessionTokensFrom } from './token-refresh.ts';

export interface SignedInUser {
  user: SessionUser;
  userHash: string;
  tokens: SessionTokens;
  /** Wrong passwords tried at this account since its last successful sign-in, from any client. */
  failedSignInsSinceLast: number;
}

/** One message whichever field was wrong, so a guesser learns nothing about which accounts exist. */
const INVALID_CREDENTIALS = 'The email or password is incorrect.';

/**
 * Signs a user in with Keycloak's password grant and finds out who they are: their admin roles
 * (from the access token, or from BokaMera when the token has none) and their company (BokaMera's
 * current user). Only company administrators and superadmins get in. Repeated wrong passwords are
 * throttled (security/sign-in-throttle.ts).
 */
export async function signIn(deps: GatewayDeps, request: SignInRequest, clientAddress: string): Promise<SignedInUser> {
  // One attempt at a time per account and client: parallel guesses cannot all pass the throttle
  // before the first of them is counted.
  const { tokens, failedSignInsSinceLast } = await deps.signInThrottle.oneAtATime(request.email, clientAddress, () =>
    checkPassword(deps, request, clientAddress),
  );

  try {
    return { ...(await describeAdmin(deps, tokens.accessToken, request.email)), tokens, failedSignInsSinceLast };
  } catch (error) {
    // The user does not get a session, so the tokens just issued must not stay alive upstream.
    await revokeUpstream(deps.identity, tokens);
    throw error;
  }
}

async function checkPassword(deps: GatewayDeps, request: SignInRequest, clientAddress: string) {
  const throttle = deps.signInThrottle;
  const retryAfter = await throttle.admit(request.email, clientAddress);
  if (retryAfter > 0) {
    throw new ApiError(429, 'too_many_attempts', 'Too many failed sign-in attempts. Please wait and try again.', {
      'Retry-After': String(retryAfter),
    });
  }

  let tokens: SessionTokens;
  try {
    tokens = sessionTokensFrom(await deps.identity.signIn(request.email, request.password), deps.sessions.now());
  } catch (error) {
    if (!isRejectedGrant(error)) throw error;
    await throttle.recordFailure(request.email, clientAddress);
    throw new ApiError(401, 'invalid_credentials', INVALID_CREDENTIALS);
  }
  return { tokens, failedSignInsSinceLast: await throttle.recordSuccess(request.email, clientAddress) };
}

async function describeAdmin(deps: GatewayDeps, accessToken: string, signInEmail: string) {
  const claims = readAccessTokenClaims(accessToken);
  const currentUser = await deps.bokamera.currentUser(accessToken);
  const admin = currentUser.AdminProfile;
  if (!admin) throw forbidden('This account is not an administrator of any company.', 'no_company');

  const tokenRoles = knownRolesIn(claims.realm_access.roles);
  const roles = tokenRoles.length > 0 ? tokenRoles : await rolesFromBokaMera(deps.bokamera, accessToken, currentUser);
  if (!mayReadCheckouts(roles)) throw forbidden('This account is not a BokaMera company administrator.', 'not_admin');

  const user: SessionUser = {
    email: claims.email || admin.Email || signInEmail,
    name:
      claims.name ||
      fullName(claims.given_name, claims.family_name) ||
      fullName(admin.Firstname, admin.Lastname) ||
      signInEmail,
    roles,
    companyId: admin.CompanyId,
  };
  return { user, userHash: logPseudonym(claims.sub ?? currentUser.UserId ?? user.email) };
}

function fullName(first: string | undefined, last: string | undefined): string {
  return [first, last].filter(Boolean).join(' ');
}
