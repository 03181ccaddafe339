import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../api-error.ts';

/**
 * The session cookie: HttpOnly so scripts never read it, SameSite=Strict so other sites never send
 * it. Over HTTPS it is `__Host-session`: the browser then accepts it only Secure, for Path=/ and
 * without a Domain, so no sibling subdomain or plain-HTTP page can plant one.
 */
const PLAIN_NAME = 'session';
const HOST_NAME = '__Host-session';

export interface SessionCookieOptions {
  secure: boolean;
}

export function sessionCookieName(options: SessionCookieOptions): string {
  return options.secure ? HOST_NAME : PLAIN_NAME;
}

/**
 * The session id the request carries. Two cookies of the session's name (one planted under another
 * path or domain) are refused: serving whichever came first would let the planter choose whose
 * session this browser is in.
 */
export function readSessionCookie(c: Context, options: SessionCookieOptions): string | undefined {
  const name = sessionCookieName(options);
  const values = (c.req.header('Cookie') ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
  if (values.length > 1) throw ambiguousSession();
  return values[0] || undefined;
}

export const ambiguousSession = () =>
  new ApiError(401, 'ambiguous_session', 'This browser sent two session cookies. Please clear the cookies of this site and sign in again.');

export function setSessionCookie(c: Context, sessionId: string, options: SessionCookieOptions & { maxAgeSeconds: number }): void {
  setCookie(c, sessionCookieName(options), sessionId, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: options.secure,
    maxAge: options.maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context, options: SessionCookieOptions): void {
  deleteCookie(c, sessionCookieName(options), { httpOnly: true, sameSite: 'Strict', path: '/', secure: options.secure });
}
