import { describe, expect, it } from 'vitest';
import { UpstreamError, type UpstreamFailure, type UpstreamName } from './upstream/http.ts';
import { apiErrorFromUpstream } from './upstream-errors.ts';

function mapped(upstream: UpstreamName, failure: UpstreamFailure) {
  const error = apiErrorFromUpstream(new UpstreamError(upstream, failure));
  return { status: error.status, code: error.code, message: error.message };
}

const status = (code: number, message?: string): UpstreamFailure => ({ kind: 'status', status: code, message, body: undefined });

describe('apiErrorFromUpstream', () => {
  it('maps transport failures to 502/504', () => {
    expect(mapped('payson', { kind: 'timeout' })).toMatchObject({ status: 504, code: 'upstream_timeout' });
    expect(mapped('bokamera', { kind: 'unavailable' })).toMatchObject({ status: 502, code: 'upstream_unavailable' });
    expect(mapped('payson', { kind: 'contract' })).toMatchObject({ status: 502, code: 'upstream_contract' });
  });

  it("mirrors statuses about the user, with the upstream's message", () => {
    expect(mapped('bokamera', status(403, 'Invalid Role'))).toEqual({ status: 403, code: 'forbidden', message: 'Invalid Role' });
    expect(mapped('payson', status(404))).toMatchObject({ status: 404, code: 'not_found' });
    expect(mapped('bokamera', status(409, 'Changed'))).toEqual({ status: 409, code: 'conflict', message: 'Changed' });
    expect(mapped('bokamera', status(401))).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it("treats Payson's 401 as the company's credentials failing, not the user's session", () => {
    expect(mapped('payson', status(401))).toMatchObject({ status: 502, code: 'upstream_error' });
  });

  it('turns other statuses into 502 upstream_error', () => {
    expect(mapped('bokamera', status(500, 'Object reference not set'))).toEqual({
      status: 502,
      code: 'upstream_error',
      message: 'Object reference not set',
    });
    expect(mapped('payson', status(429))).toEqual({ status: 502, code: 'upstream_error', message: 'Payson failed (HTTP 429).' });
  });

  it("never passes on the identity provider's own words", () => {
    expect(mapped('identity', status(403, 'Account is disabled'))).toEqual({
      status: 502,
      code: 'upstream_error',
      message: 'The sign-in service failed (HTTP 403).',
    });
  });
});
