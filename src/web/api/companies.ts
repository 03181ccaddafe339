import { queryOptions } from '@tanstack/react-query';
import { companiesResponseSchema } from '../../contract/gateway-api.ts';
import { http } from './http.ts';

export const companyQueries = {
  all: () => ['companies'] as const,
  /** Superadmins get every company, everybody else only their own. */
  list: () =>
    queryOptions({
      queryKey: [...companyQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => http('/api/companies', { schema: companiesResponseSchema, signal }),
      staleTime: 5 * 60_000,
    }),
};
