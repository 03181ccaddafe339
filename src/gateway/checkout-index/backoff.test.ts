import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../upstream/http.ts';
import { BACKOFF_CAP_MS, backoffMs, isTransient, retryAfterOf } from './backoff.ts';

describe('backoffMs', () => {
  it('doubles with each failure, between half and all of the step', () => {
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 1)).toBe(1000);
    expect(backoffMs(3, () => 0)).toBe(2000);
    expect(backoffMs(3, () => 1)).toBe(4000);
  });

  it('is capped', () => {
    expect(backoffMs(40, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffMs(40, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });
});

describe('which failures', () => {
  const status = (code: number, retryAfterMs?: number) =>
    new UpstreamError('payson', { kind: 'status', status: code, message: undefined, body: undefined, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

  it('retries 429, 5xx, timeouts and outages soon, not a refused credential', () => {
    expect(isTransient(status(429))).toBe(true);
    expect(isTransient(status(503))).toBe(true);
    expect(isTransient(new UpstreamError('payson', { kind: 'timeout' }))).toBe(true);
    expect(isTransient(status(401))).toBe(false);
    expect(isTransient(new Error('bug'))).toBe(false);
  });

  it("honours Payson's Retry-After", () => {
    expect(retryAfterOf(status(429, 7000))).toBe(7000);
    expect(retryAfterOf(status(429))).toBeUndefined();
  });
});
