import * as z from 'zod/mini';
import type { UpstreamName } from './request-log.ts';

/**
 * Faults to inject: for the next `times` calls to an upstream that match (method, substring of the
 * path), answer a status in that upstream's own error shape, and/or wait first, or drop the connection,
 * or time out: never answer (and never act on the call) until the caller gives up. A long `delayMs`
 * is a slow upstream that still acts on the call late; `timeout` is a hung one that never does. A
 * `body` answers that JSON as is (with `status`, default 200) without acting on the call: a payload
 * the upstream could send but the data cannot produce (another company's settings, a malformed page).
 */

export const faultRequestSchema = z
  .object({
    upstream: z.enum(['identity', 'bokamera', 'payson']),
    status: z.optional(z.int().check(z.gte(100), z.lte(599))),
    delayMs: z.optional(z.int().check(z.gte(0), z.lte(120_000))),
    drop: z.optional(z.boolean()),
    timeout: z.optional(z.boolean()),
    times: z.optional(z.int().check(z.gte(1))),
    method: z.optional(z.string()),
    path: z.optional(z.string()),
    body: z.optional(z.unknown()),
    /** Sent as `Retry-After` (seconds) with the fault's answer: a 429 that says when to come back. */
    retryAfterSeconds: z.optional(z.int().check(z.gte(0), z.lte(3600))),
  })
  .check(
    z.refine(
      (fault) =>
        fault.status !== undefined ||
        fault.delayMs !== undefined ||
        fault.drop === true ||
        fault.timeout === true ||
        fault.body !== undefined,
      { message: 'A fault needs a status, a delayMs, drop: true, timeout: true or a body.' },
    ),
  );
export type FaultRequest = z.infer<typeof faultRequestSchema>;

export interface Fault {
  upstream: UpstreamName;
  status: number | undefined;
  delayMs: number;
  drop: boolean;
  /** Hang without answering until the caller closes the connection. */
  timeout: boolean;
  method: string | undefined;
  path: string | undefined;
  /** JSON answered instead of the upstream's own answer (with `status`, default 200). */
  body: unknown;
  /** `Retry-After` seconds on the fault's answer, if any. */
  retryAfterSeconds: number | undefined;
  /** Calls still to be hit. */
  remaining: number;
}

export class FaultPlan {
  private faults: Fault[] = [];

  add(request: FaultRequest): Fault {
    const fault: Fault = {
      upstream: request.upstream,
      status: request.status,
      delayMs: request.delayMs ?? 0,
      drop: request.drop ?? false,
      timeout: request.timeout ?? false,
      method: request.method?.toUpperCase(),
      path: request.path,
      body: request.body,
      retryAfterSeconds: request.retryAfterSeconds,
      remaining: request.times ?? 1,
    };
    this.faults.push(fault);
    return fault;
  }

  /** The first fault, in the order added, that matches this call; it counts the call against `times`. */
  take(upstream: UpstreamName, method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.upstream === upstream &&
        (candidate.method === undefined || candidate.method === method.toUpperCase()) &&
        (candidate.path === undefined || path.includes(candidate.path)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault;
  }

  pending(): readonly Fault[] {
    return this.faults;
  }

  clear(): void {
    this.faults = [];
  }
}
