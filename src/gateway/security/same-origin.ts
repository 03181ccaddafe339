import { createMiddleware } from 'hono/factory';
import { ApiError, forbidden } from '../api-error.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for a cookie-authenticated API. A state-changing request must name one of our origins
 * in `Origin` (browsers always send it on such requests) and carry JSON, which a cross-site HTML form
 * cannot send without a CORS preflight. Only DELETE may come without a body. The origins are
 * configured (GatewayConfig.publicOrigins), never taken from the request: behind a proxy its URL is
 * not what browsers use, and a DNS-rebinding page chooses its `Host`.
 */
export function isAllowedStateChange(request: Request, publicOrigins: readonly string[]): boolean {
  if (!STATE_CHANGING.has(request.method)) return true;
  if (!publicOrigins.includes(request.headers.get('Origin') ?? '')) return false;
  const mayOmitBody = request.method === 'DELETE' && !hasBody(request);
  return mayOmitBody || isJson(request.headers.get('Content-Type'));
}

function hasBody(request: Request): boolean {
  const length = request.headers.get('Content-Length');
  return (length !== null && length !== '0') || request.headers.has('Transfer-Encoding');
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export function requireSameOrigin(publicOrigins: readonly string[]) {
  return createMiddleware(async (c, next) => {
    if (!isAllowedStateChange(c.req.raw, publicOrigins)) throw forbidden('This request must come from the dashboard itself.', 'cross_origin');
    await next();
  });
}

/**
 * Whether the request was addressed to one of our origins' hosts. A page on a name its owner rebinds
 * to our address reaches us with its own name in `Host`; without this check it could read /api as a
 * same-origin page of its own. The header is what the server read (the URL's host when there is none).
 */
export function isAddressedToUs(request: Request, publicOrigins: readonly string[]): boolean {
  const host = request.headers.get('Host') ?? new URL(request.url).host;
  return publicOrigins.some((origin) => {
    const ours = new URL(origin);
    // Read as a URL of our scheme, so `Host: example.se:443` is `example.se` for an https origin.
    const theirs = URL.parse(`${ours.protocol}//${host}`);
    return theirs !== null && theirs.host === ours.host && theirs.pathname === '/' && !theirs.username;
  });
}

/** 421 Misdirected Request for a request not addressed to one of our origins. */
export function requireOwnHost(publicOrigins: readonly string[]) {
  return createMiddleware(async (c, next) => {
    if (!isAddressedToUs(c.req.raw, publicOrigins)) {
      throw new ApiError(421, 'misdirected', 'This server does not answer for this host name.');
    }
    await next();
  });
}
