import type { UpstreamName } from './request-log.ts';

/**
 * Every call that reaches a simulated upstream over HTTP, as it came over the wire: headers and body
 * included, which the request log (served on the control route) leaves out because they hold
 * credentials. Only an in-process caller can ask for it (a test that started the sandbox), so the
 * gateway's tests can check what the gateway sends. BokaMera's own calls to Payson do not come over
 * HTTP and are not tapped; the request log has them.
 */

export interface WireCall {
  upstream: UpstreamName;
  method: string;
  /** Path and query, relative to the upstream's base, as in the request log. */
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** The status answered; 0 until answered, and when the connection was dropped or the call hung. */
  status: number;
  /** The body answered ('' until answered). */
  responseBody: string;
}

/** Told of each call when it arrives (so calls read in arrival order); the answer is filled in later. */
export type WireTap = (call: WireCall) => void;

export async function tapWire(
  tap: WireTap,
  upstream: UpstreamName,
  basePath: string,
  request: Request,
  answer: (request: Request) => Promise<Response>,
): Promise<Response> {
  const url = new URL(request.url);
  const call: WireCall = {
    upstream,
    method: request.method,
    path: url.pathname.slice(basePath.length) + url.search,
    headers: Object.fromEntries(request.headers),
    body: await request.clone().text(),
    status: 0,
    responseBody: '',
  };
  tap(call);
  const response = await answer(request);
  call.status = response.status;
  call.responseBody = await response.clone().text();
  return response;
}
