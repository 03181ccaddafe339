import { UpstreamError } from '../upstream/http.ts';

/** The first wait after a failure; it doubles with each failure in a row, up to the cap. */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;
/** A Retry-After longer than this is not waited out in one go; the job backs off and comes back. */
export const RETRY_AFTER_CAP_MS = 10 * 60_000;

/**
 * How long to wait after `failures` failures in a row: exponential, capped, with "equal jitter"
 * (half fixed, half random) so gateways that failed together do not all come back together.
 */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Payson's 429: too many requests; it may say when to come back. */
export function isTooManyRequests(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.failure.kind === 'status' && error.failure.status === 429;
}

/** The wait Payson asked for, when it did (capped). */
export function retryAfterOf(error: unknown): number | undefined {
  if (!(error instanceof UpstreamError) || error.failure.kind !== 'status' || error.failure.retryAfterMs === undefined) return undefined;
  return Math.min(RETRY_AFTER_CAP_MS, error.failure.retryAfterMs);
}

/**
 * Failures worth another try soon: Payson busy, down, slow or failing. A 4xx other than 429 (the
 * credentials refused, a bad request) will not get better by asking again at once.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return false;
  const { failure } = error;
  if (failure.kind === 'status') return failure.status === 429 || failure.status >= 500;
  return failure.kind === 'timeout' || failure.kind === 'unavailable';
}
