import * as z from 'zod/mini';
import { lenientNumber, lenientString } from './lenient.ts';

/** Keycloak's OpenID Connect token endpoint (password and refresh_token grants). */
export const tokenResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  token_type: lenientString,
  expires_in: z.catch(z.number(), 300), // BokaMera's clients assume 300 s when it is missing
  refresh_token: lenientString,
  refresh_expires_in: lenientNumber,
  session_state: lenientString,
  scope: lenientString,
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const tokenErrorSchema = z.object({
  error: z.string(),
  error_description: lenientString,
});
export type TokenError = z.infer<typeof tokenErrorSchema>;

/**
 * The claims the gateway reads from Keycloak's access token (a JWT). The token comes straight from
 * the identity provider over TLS to the gateway, and every upstream re-checks it, so the gateway
 * reads it to know the user's roles and does not verify its signature.
 */
export const accessTokenClaimsSchema = z.object({
  sub: lenientString,
  email: lenientString,
  name: lenientString,
  given_name: lenientString,
  family_name: lenientString,
  realm_access: z.catch(z.object({ roles: z.catch(z.array(z.string()), []) }), { roles: [] }),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;
