import { queryOptions } from '@tanstack/react-query';
import { configResponseSchema } from '../../contract/gateway-api.ts';
import { http } from './http.ts';

export const configQueries = {
  all: () => ['config'] as const,
  /** The embed allow-list; set when the gateway starts, so it is read once per page load. */
  current: () =>
    queryOptions({
      queryKey: [...configQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => http('/api/config', { schema: configResponseSchema, signal }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
