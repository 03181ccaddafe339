import type { SessionUser, SignInRequest } from '../../contract/gateway-api.ts';
import { mayReadCheckouts, ROLES } from '../../contract/roles.ts';
import { ApiError, forbidden } from '../api-error.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import { logPseudonym } from '../request-log.ts';
import { isRejectedGrant } from '../upstream/identity-client.ts';
import { readAccessTokenClaims } from './access-token.ts';
import { revokeUpstream } from './sign-out.ts';
import type { SessionTokens } from './store.ts';
import { sessionTokensFrom } from './token-refresh.ts';

export interface SignedInUser {
  user: SessionUser;
  userHash: string;
  tokens: SessionTokens;
}

/** One message whichever field was wrong, so a guesser learns nothing about which accounts exist. */
const INVALID_CREDENTIALS = 'The email or password is incorrect.';

const ADMIN_ROLES: readonly string[] = Object.values(ROLES);

/**
 * Signs a user in with Keycloak's password grant and finds out who they are: their admin roles
 * (from the access token) and their company (BokaMera's current user). Only company administrators
 * and superadmins get in. Repeated wrong passwords are throttled per account and per address.
 */
export async function signIn(deps: GatewayDeps, request: SignInRequest, clientAddress: string): Promise<SignedInUser> {
  const throttle = deps.signInThrottle;
  const retryAfter = throttle.retryAfterSeconds(request.email, clientAddress);
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
    throttle.recordFailure(request.email, clientAddress);
    throw new ApiError(401, 'invalid_credentials', INVALID_CREDENTIALS);
  }
  throttle.recordSuccess(request.email);

  try {
    return { ...(await describeAdmin(deps, tokens.accessToken, request.email)), tokens };
  } catch (error) {
    // The user does not get a session, so the tokens just issued must not stay alive upstream.
    await revokeUpstream(deps.identity, tokens);
    throw error;
  }
}

async function describeAdmin(deps: GatewayDeps, accessToken: string, signInEmail: string) {
  const claims = readAccessTokenClaims(accessToken);
  const roles = claims.realm_access.roles.filter((role) => ADMIN_ROLES.includes(role));
  if (!mayReadCheckouts(roles)) throw forbidden('This account is not a BokaMera company administrator.', 'not_admin');

  const currentUser = await deps.bokamera.currentUser(accessToken);
  const admin = currentUser.AdminProfile;
  if (!admin) throw forbidden('This account is not an administrator of any company.', 'no_company');

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
