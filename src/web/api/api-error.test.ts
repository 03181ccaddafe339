import { describe, expect, it } from 'vitest';
import { ApiError, isOutcomeUnknown } from './api-error.ts';

describe('isOutcomeUnknown', () => {
  it('is true when the request may have done its work without our knowing', () => {
    expect(isOutcomeUnknown(new ApiError(0, 'network', 'x'))).toBe(true);
    expect(isOutcomeUnknown(new ApiError(0, 'timeout', 'x'))).toBe(true);
    expect(isOutcomeUnknown(new ApiError(504, 'upstream_timeout', 'x'))).toBe(true);
    expect(isOutcomeUnknown(new ApiError(502, 'upstream_unavailable', 'x'))).toBe(true);
    expect(isOutcomeUnknown(new ApiError(200, 'contract', 'x'))).toBe(true);
  });

  it('is false when the server said what happened', () => {
    expect(isOutcomeUnknown(new ApiError(502, 'upstream_error', 'x'))).toBe(false);
    expect(isOutcomeUnknown(new ApiError(409, 'conflict', 'x'))).toBe(false);
    expect(isOutcomeUnknown(new ApiError(403, 'forbidden', 'x'))).toBe(false);
    expect(isOutcomeUnknown(new Error('x'))).toBe(false);
  });
});
