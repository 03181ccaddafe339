import { ApiError } from './api-error.ts';
import type { UpstreamError, UpstreamName } from './upstream/http.ts';

const SERVICE_NAMES: Record<UpstreamName, string> = {
  identity: 'The sign-in service',
  bokamera: 'BokaMera',
  payson: 'Payson',
};

/**
 * What an upstream failure means for the SPA. Statuses that are about the user (their token, their
 * rights, the thing they asked for) are mirrored; anything else is the upstream's fault (502/504).
 */
export function apiErrorFromUpstream(error: UpstreamError): ApiError {
  const service = SERVICE_NAMES[error.upstream];
  const { failure } = error;
  const about = { upstream: error.upstream };
  switch (failure.kind) {
    case 'timeout':
      return new ApiError(504, 'upstream_timeout', `${service} did not answer in time.`, {}, about);
    case 'unavailable':
      return new ApiError(502, 'upstream_unavailable', `${service} could not be reached.`, {}, about);
    case 'contract':
      return new ApiError(502, 'upstream_contract', `${service} answered in an unexpected format.`, {}, about);
    case 'status':
      return fromStatus(error.upstream, failure.status, failure.message, service);
  }
}

function fromStatus(upstream: UpstreamName, status: number, upstreamMessage: string | undefined, service: string): ApiError {
  // The sign-in service's own words are never passed on (they can reveal whether an account exists).
  const message = upstream === 'identity' ? undefined : upstreamMessage;
  // The SPA shows an upstream's own words as theirs, untranslated; ours it says in the person's language.
  const detail = { upstream, ...(message === undefined ? {} : { upstreamMessage: true }) };
  if (status === 401 && upstream === 'bokamera') {
    return new ApiError(401, 'unauthenticated', 'Your session has ended. Please sign in again.');
  }
  // Payson's 401 means the company's merchant credentials are wrong, not the user's session.
  if (status === 401 && upstream === 'payson') {
    return new ApiError(502, 'upstream_error', "Payson did not accept the company's Payson credentials.", {}, {
      upstream,
      reason: 'payson_credentials',
    });
  }
  if (upstream !== 'identity') {
    if (status === 403) return new ApiError(403, 'forbidden', message ?? `${service} does not allow this.`, {}, detail);
    if (status === 404) return new ApiError(404, 'not_found', message ?? `${service} does not know this.`, {}, detail);
    if (status === 409) return new ApiError(409, 'conflict', message ?? `${service} reports a conflict.`, {}, detail);
  }
  return new ApiError(502, 'upstream_error', message ?? `${service} failed (HTTP ${status}).`, {}, detail);
}
