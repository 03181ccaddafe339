import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode, ApiErrorReason, UpstreamServiceName } from '../contract/gateway-api.ts';

/** What lets the SPA say the error in the person's language (see apiErrorBodySchema). */
export interface ApiErrorDetail {
  reason?: ApiErrorReason;
  upstream?: UpstreamServiceName;
  upstreamMessage?: boolean;
}

/** A failure the SPA is meant to see: an HTTP status, a stable code and a message safe to show. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly detail: ApiErrorDetail = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...this.detail } };
  }
}

export const notSignedIn = () => new ApiError(401, 'unauthenticated', 'Please sign in.');
export const forbidden = (message = 'You do not have access to this.', reason?: ApiErrorReason) =>
  new ApiError(403, 'forbidden', message, {}, reason ? { reason } : {});
export const notFound = () => new ApiError(404, 'not_found', 'Not found.');
export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
