import type * as z from 'zod/mini';

export type UpstreamName = 'identity' | 'bokamera' | 'payson';

export type UpstreamFailure =
  | { kind: 'timeout' }
  /** No answer at all: refused, reset, DNS. */
  | { kind: 'unavailable' }
  /** A non-2xx answer; `message` is the upstream's own, when its body had one. */
  | { kind: 'status'; status: number; message: string | undefined; body: unknown; retryAfterMs?: number }
  /** A 2xx answer the contract rejects. */
  | { kind: 'contract' };

export class UpstreamError extends Error {
  constructor(
    readonly upstream: UpstreamName,
    readonly failure: UpstreamFailure,
  ) {
    super(`${upstream}: ${failure.kind === 'status' ? `HTTP ${failure.status}` : failure.kind}`);
    this.name = 'UpstreamError';
  }
}

export interface UpstreamCall<T> {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body?: { json: unknown } | { form: Record<string, string> };
  /** Parses the 2xx body (undefined when the body is empty). */
  schema: z.ZodMiniType<T>;
  /**
   * A GET is retried once unless this is false: for a read whose failure is already handled, so an
   * outage does not cost one retry per call of a fan-out (docs/decisions/006-one-retry-budget.md).
   */
  retry?: boolean;
}

export interface UpstreamHttpOptions {
  upstream: UpstreamName;
  timeoutMs: number;
  /** Reads the upstream's own error message from a non-2xx body. */
  errorMessage: (body: unknown) => string | undefined;
  retryDelayMs?: number;
}

export type UpstreamHttp = <T>(call: UpstreamCall<T>) => Promise<T>;

const MAX_MESSAGE_LENGTH = 300;

/**
 * The one way the gateway calls an upstream: a timeout on every call, success bodies parsed by the
 * contract, failures turned into an UpstreamError. A GET is retried once after a short pause when
 * the upstream was unreachable or failed (5xx); anything else is sent exactly once, because a
 * repeated write (a payment request) could reach the payer twice. This one retry is the whole
 * retry budget of a read: the SPA does not ask again at once when the gateway answered
 * (docs/decisions/006-one-retry-budget.md).
 */
export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const retryDelayMs = options.retryDelayMs ?? 200;
  return async function call<T>(request: UpstreamCall<T>): Promise<T> {
    try {
      return await attempt(options, request);
    } catch (error) {
      if (request.method !== 'GET' || request.retry === false || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
      return attempt(options, request);
    }
  };
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return false;
  const { failure } = error;
  return failure.kind === 'unavailable' || (failure.kind === 'status' && failure.status >= 500);
}

async function attempt<T>(options: UpstreamHttpOptions, request: UpstreamCall<T>): Promise<T> {
  const fail = (failure: UpstreamFailure) => new UpstreamError(options.upstream, failure);
  let status: number;
  let text: string;
  let retryAfter: string | null;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: { Accept: 'application/json', ...contentType(request.body), ...request.headers },
      body: encodeBody(request.body),
      // A redirect is unexpected from these APIs; it must not carry our credentials anywhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    status = response.status;
    retryAfter = response.headers.get('retry-after');
    text = await response.text();
  } catch (error) {
    throw fail(error instanceof DOMException && error.name === 'TimeoutError' ? { kind: 'timeout' } : { kind: 'unavailable' });
  }

  const body = parseJson(text);
  if (status < 200 || status > 299) {
    const value = body.ok ? body.value : undefined;
    const message = value === undefined ? undefined : options.errorMessage(value)?.trim().slice(0, MAX_MESSAGE_LENGTH);
    const retryAfterMs = retryAfterMsOf(retryAfter, Date.now());
    throw fail({ kind: 'status', status, message: message || undefined, body: value, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
  }
  const parsed = body.ok ? request.schema.safeParse(body.value) : undefined;
  if (!parsed?.success) throw fail({ kind: 'contract' });
  return parsed.data;
}

/** `Retry-After` (a 429's or 503's): seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMsOf(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** An empty body reads as undefined; a body that is not JSON is not ok. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function contentType(body: UpstreamCall<unknown>['body']): Record<string, string> {
  if (!body) return {};
  return { 'Content-Type': 'json' in body ? 'application/json' : 'application/x-www-form-urlencoded' };
}

function encodeBody(body: UpstreamCall<unknown>['body']): string | undefined {
  if (!body) return undefined;
  return 'json' in body ? JSON.stringify(body.json) : new URLSearchParams(body.form).toString();
}
