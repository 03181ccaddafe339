import type { ServerOptions } from 'node:http';

export interface ServerTimeouts {
  /** The request line and headers must arrive within this; a slow-header connection is then closed with 408. */
  headersTimeoutMs: number;
  /** The whole request (our /api bodies are at most 16 kB) must arrive within this. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node looks for connections past the header and request timeouts. */
  checkIntervalMs: number;
}

/**
 * The Node server's own timeouts, so a client that opens connections and trickles bytes cannot hold
 * sockets for long. Generous for any real browser, even on a slow mobile link.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
};

/** `serverOptions` for @hono/node-server's `serve`, which hands them to `http.createServer`. */
export function serverTimeoutOptions(timeouts: ServerTimeouts = SERVER_TIMEOUTS): ServerOptions {
  return {
    headersTimeout: timeouts.headersTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    connectionsCheckingInterval: timeouts.checkIntervalMs,
  };
}
