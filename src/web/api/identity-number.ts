import { useMutation } from '@tanstack/react-query';
import { revealedIdentityNumberSchema } from '../../contract/gateway-api.ts';
import { http } from './http.ts';

/**
 * Asks the gateway for a checkout's full identity number. A POST the gateway records in the audit
 * trail; never cached (each reveal is an act), never retried by itself.
 */
export function useRevealIdentityNumber(companyId: string, checkoutId: string) {
  return useMutation({
    mutationKey: ['checkouts', 'reveal-identity-number', { companyId, checkoutId }],
    mutationFn: () =>
      http(`/api/companies/${encodeURIComponent(companyId)}/checkouts/${encodeURIComponent(checkoutId)}/identity-number`, {
        schema: revealedIdentityNumberSchema,
        method: 'POST',
        body: {},
      }),
    retry: 0,
  });
}
