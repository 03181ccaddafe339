import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from './clock.ts';
import type { Fault, FaultPlan } from './faults.ts';
import type { RequestLog, UpstreamName } from './request-log.ts';

/**
 * One simulated upstream as callers meet it: every call is logged, and may first meet a fault. Calls
 * come over HTTP or, from the simulated BokaMera to Payson, in-process; both take the same way.
 */

export interface Upstream {
  name: UpstreamName;
  /** The upstream's base path on the sandbox origin, e.g. `/payson/2.0`. */
  basePath: string;
  handle(request: Request): Promise<Response>;
  /** The upstream's own error answer for a status, used for injected faults. */
  errorResponse(status: number): Response;
}

/** The network connection a request came on, when it came over HTTP. */
export interface Connection {
  destroy(): void;
}

export class ConnectionDropped extends Error {
  constructor(upstream: UpstreamName) {
    super(`${upstream} dropped the connection (injected fault)`);
  }
}

/** A hung call ends when its caller gives up, or after this long for a caller without a timeout. */
const HANG_LIMIT_MS = 60_000;

/** Over HTTP the request's signal aborts when the caller closes the connection (its timeout). */
async function hangUntilCallerGivesUp(request: Request): Promise<void> {
  await sleep(HANG_LIMIT_MS, undefined, { signal: request.signal }).catch(() => undefined);
}

export type ObservedUpstream = (request: Request, connection?: Connection) => Promise<Response>;

export function observeUpstream(upstream: Upstream, faults: FaultPlan, log: RequestLog, clock: Clock): ObservedUpstream {
  return async (request, connection) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(upstream.basePath.length) + url.search;
    // Logged when answered, so the log reads in the order calls completed (BokaMera's own after its Payson calls).
    const record = (status: number) =>
      log.record({ upstream: upstream.name, method: request.method, path, status, time: new Date(clock()).toISOString() });
    const fault = faults.take(upstream.name, request.method, path);
    if (fault && fault.delayMs > 0) await sleep(fault.delayMs);
    if (fault?.timeout) await hangUntilCallerGivesUp(request);
    if (fault?.drop || fault?.timeout) {
      record(0);
      connection?.destroy();
      throw new ConnectionDropped(upstream.name);
    }
    const response = fault ? faultResponse(fault, upstream) : undefined;
    const answer = response ?? (await upstream.handle(request));
    record(answer.status);
    return answer;
  };
}

/** What a fault answers instead of the upstream, if anything: its body as given, or the upstream's own error shape. */
function faultResponse(fault: Fault, upstream: Upstream): Response | undefined {
  const response =
    fault.body !== undefined
      ? Response.json(fault.body, { status: fault.status ?? 200 })
      : fault.status !== undefined
        ? upstream.errorResponse(fault.status)
        : undefined;
  if (response && fault.retryAfterSeconds !== undefined) response.headers.set('Retry-After', String(fault.retryAfterSeconds));
  return response;
}
