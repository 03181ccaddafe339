import type { ApiError } from './api-error.ts';

/** Every query and mutation fails with an ApiError (api/http.ts makes sure of it). */
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    queryMeta: {
      /** false: a 401 from this query is handled where it is used (the auth guard), not globally. */
      authRedirect?: boolean;
    };
  }
}
