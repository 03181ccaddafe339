import { createHash, randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { GatewayEnv } from './gateway-env.ts';

export type GatewayLogger = (line: object) => void;

/**
 * A random id per request: in the context (the audit trail records it), in the log line and in the
 * `X-Request-Id` response header, so a person reporting a problem can quote it to support.
 */
export function requestId() {
  return createMiddleware<GatewayEnv>(async (c, next) => {
    const id = randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
    c.header('X-Request-Id', id); // again, in case a handler replaced the response
  });
}

/**
 * One structured line per request. The path has no query string (filters and pages could grow to
 * carry personal data), the user is a pseudonym, and nothing from headers or bodies is logged but the
 * client's address (as the trusted proxies tell it), which the throttle and rate limit key on too.
 */
export function requestLog(logger: GatewayLogger) {
  return createMiddleware<GatewayEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    logger({
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
      user: c.get('session')?.userHash ?? 'none',
      client: c.get('clientAddress'),
      requestId: c.get('requestId'),
      ...(c.get('errorCode') ? { error: c.get('errorCode') } : {}),
      ...(c.get('errorDetail') ? { detail: c.get('errorDetail') } : {}),
    });
  });
}

/** A stable pseudonym for a user in logs: the same user correlates, the id itself is not written. */
export function logPseudonym(userId: string): string {
  return createHash('sha256').update(`payson-admin-log:${userId}`).digest('hex').slice(0, 16);
}
