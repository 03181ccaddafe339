import { messages } from '../lib/i18n/messages.ts';

/**
 * The one error every API call fails with. `status` is the HTTP status, or 0 when no answer came;
 * `code` is the gateway's code (`unauthenticated`, `forbidden`, …) or one of ours for failures
 * that never reached it (`network`, `timeout`) or an answer we could not read (`contract`).
 * `message` is safe to show.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The gateway's finer reason (API_ERROR_REASONS), when it gave one: `index_not_ready`, … */
  readonly reason: string | undefined;

  constructor(status: number, code: string, message: string, options?: { cause?: unknown; reason?: string | undefined }) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.reason = options?.reason;
  }
}

/** Failures worth trying again: no answer at all, or the server's (5xx) fault. Never a 4xx. */
export function isRetryableError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 0) return error.code === 'network' || error.code === 'timeout';
  return error.status >= 500;
}

/**
 * The gateway was not reached: no answer at all, or a proxy in front of it answered 502–504 without
 * the gateway's error body. Only this is worth asking again at once; when the gateway answered, it
 * has already spent the read's one retry on the upstream (docs/decisions/006-one-retry-budget.md).
 */
export function isGatewayUnreached(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 0) return error.code === 'network';
  return error.status >= 502 && error.status <= 504 && error.code === `http_${error.status}`;
}

/**
 * A write whose outcome nobody knows: no answer came (network, timeout), the gateway lost the
 * upstream mid-call (502 upstream_unavailable, 504), or an answer came that could not be read.
 * The request may have done its work: re-read, never resend.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 0 || error.status === 504 || error.code === 'contract') return true;
  return error.status === 502 && error.code === 'upstream_unavailable';
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** An error from anywhere (a render, a bug) as an ApiError, for one way of showing errors. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unexpected', messages.errors.unexpected, { cause: error });
}

/** The message for an answer without the gateway's error body. */
export function messageForStatus(status: number): string {
  if (status === 401) return messages.errors.unauthenticated;
  if (status === 403) return messages.errors.forbidden;
  if (status === 404) return messages.errors.notFound;
  if (status === 408 || status === 504) return messages.errors.timeout;
  if (status >= 500) return messages.errors.server;
  return messages.errors.unexpected;
}
