import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address of the client a request comes from, as the throttle, the rate limit and the logs key
 * on it. With `trustedProxies` 0 (the default) it is the socket's peer and `X-Forwarded-For` is
 * ignored: anyone can write that header. With N trusted proxies in front, each appending the address
 * it was reached from, the client is the address N hops from the right of the chain (the header's
 * entries followed by the peer); entries further left were written by whoever sent the request.
 */
export function clientAddressOf(peer: string, forwardedFor: string | undefined, trustedProxies: number): string {
  if (trustedProxies === 0) return peer;
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // A chain shorter than the trusted hops did not pass through all of them: its leftmost is the nearest we know.
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
}

/** The peer's address; 'unknown' without a socket (e.g. `app.request()` in tests). */
export function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function clientAddress(c: Context, trustedProxies: number): string {
  return clientAddressOf(peerAddress(c), c.req.header('X-Forwarded-For'), trustedProxies);
}
