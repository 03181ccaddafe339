import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { activityPageSchema, type AuditAction } from '../../contract/gateway-api.ts';
import { http } from './http.ts';

export interface ActivityParams {
  page: number;
  action: AuditAction | undefined;
  /** A person's email. */
  who: string | undefined;
}

export const activityQueries = {
  all: () => ['activity'] as const,
  page: (params: ActivityParams) =>
    queryOptions({
      queryKey: [...activityQueries.all(), params] as const,
      queryFn: ({ signal }) =>
        http('/api/activity', {
          schema: activityPageSchema,
          query: { page: params.page, action: params.action, who: params.who },
          signal,
        }),
      // The previous page stays (dimmed) while the next loads.
      placeholderData: keepPreviousData,
    }),
};
