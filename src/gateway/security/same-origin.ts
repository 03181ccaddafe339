import { createMiddleware } from 'hono/factory';
import { forbidden } from '../api-error.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for a cookie-authenticated API. A state-changing request must name our own origin in
 * `Origin` (browsers always send it on such requests) and carry JSON, which a cross-site HTML form
 * cannot send without a CORS preflight. Only DELETE may come without a body.
 */
export function isAllowedStateChange(request: Request, publicOrigin?: string): boolean {
  if (!STATE_CHANGING.has(request.method)) return true;
  if (request.headers.get('Origin') !== (publicOrigin ?? new URL(request.url).origin)) return false;
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

/** `publicOrigin`: see GatewayConfig; behind a TLS-terminating proxy the request URL is not what browsers use. */
export function requireSameOrigin(publicOrigin?: string) {
  return createMiddleware(async (c, next) => {
    if (!isAllowedStateChange(c.req.raw, publicOrigin)) throw forbidden('This request must come from the dashboard itself.', 'cross_origin');
    await next();
  });
}
