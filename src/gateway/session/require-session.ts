import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { notSignedIn } from '../api-error.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import { clearSessionCookie, readSessionCookie } from './cookie.ts';
import type { Session } from './store.ts';
import { ensureFreshAccessToken, SessionEndedError } from './token-refresh.ts';

/**
 * Admits only requests with a live session whose access token is fresh, and hands the session to the
 * route. No session, an expired one, or a refresh the identity provider refuses → 401 unauthenticated.
 */
export function requireSession(deps: GatewayDeps) {
  return createMiddleware<{ Variables: { session: Session } }>(async (c, next) => {
    const session = await liveSession(c, deps);
    if (!session) throw notSignedIn();
    c.set('session', session);
    await next();
  });
}

/**
 * The cookie's session with a fresh access token, or undefined when there is none, it expired, or
 * the identity provider refused the refresh (the session is then ended). Other refresh failures
 * (the identity provider down) propagate: the session may still be good.
 */
export async function liveSession(c: Context, deps: GatewayDeps): Promise<Session | undefined> {
  const session = await currentSession(c, deps);
  if (!session) return undefined;
  try {
    await ensureFreshAccessToken(session, deps.sessions, deps.identity);
  } catch (error) {
    if (!(error instanceof SessionEndedError)) throw error;
    await endSession(c, deps, session);
    return undefined;
  }
  return session;
}

/**
 * The session the cookie names, if it is still alive; a dead cookie is cleared. Two session cookies
 * are refused (401 ambiguous_session), see readSessionCookie.
 */
export async function currentSession(c: Context, deps: GatewayDeps): Promise<Session | undefined> {
  const cookie = { secure: deps.config.secureCookies };
  const id = readSessionCookie(c, cookie);
  if (!id) return undefined;
  const session = await deps.sessions.get(id);
  if (!session) clearSessionCookie(c, cookie);
  return session;
}

export async function endSession(c: Context, deps: GatewayDeps, session: Session): Promise<void> {
  await deps.sessions.delete(session);
  clearSessionCookie(c, { secure: deps.config.secureCookies });
}
