import type { ApiError } from './api-error.ts';

/** Every query and mutation fails with an ApiError (api/http.ts makes sure of it). */
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}
