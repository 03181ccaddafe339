import type { Context } from 'hono';
import { ApiError } from './api-error.ts';
import type { GatewayDeps, GatewayEnv } from './gateway-env.ts';
import { endSession } from './session/require-session.ts';
import { UpstreamError } from './upstream/http.ts';
import { apiErrorFromUpstream } from './upstream-errors.ts';

/**
 * The one place a failure becomes a response: always `{"error":{"code","message"}}`, never a stack
 * trace. An unexpected error is logged by name and message through the request log and answered
 * with a generic 500.
 */
export function errorHandler(deps: GatewayDeps) {
  return async (error: Error, c: Context<GatewayEnv>) => {
    const apiError = toApiError(error, c);
    const session = c.get('session');
    // BokaMera refused the user's token: the session is worthless, end it so the SPA signs in again.
    if (error instanceof UpstreamError && apiError.code === 'unauthenticated' && session) await endSession(c, deps, session);
    c.set('errorCode', apiError.code);
    return c.json(apiError.toBody(), apiError.status, { ...apiError.headers });
  };
}

function toApiError(error: Error, c: Context<GatewayEnv>): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof UpstreamError) return apiErrorFromUpstream(error);
  c.set('errorDetail', `${error.name}: ${error.message}`);
  return new ApiError(500, 'internal', 'Something went wrong in the dashboard. Please try again.');
}
