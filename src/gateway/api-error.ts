import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode } from '../contract/gateway-api.ts';

/** A failure the SPA is meant to see: an HTTP status, a stable code and a message safe to show. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

export const notSignedIn = () => new ApiError(401, 'unauthenticated', 'Please sign in.');
export const forbidden = (message = 'You do not have access to this.') => new ApiError(403, 'forbidden', message);
export const notFound = () => new ApiError(404, 'not_found', 'Not found.');
export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
