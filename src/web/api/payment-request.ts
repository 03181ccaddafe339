import { mutationOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { paysonCheckoutV2ResponseSchema } from '../../contract/bokamera.ts';
import type { CheckoutSearchPage } from '../../contract/checkout-search.ts';
import type { Checkout } from '../../contract/payson.ts';
import type { CheckoutStatus } from '../../contract/status.ts';
import { checkoutPath, checkoutQueries, invalidateCheckoutLists } from './checkouts.ts';
import { http } from './http.ts';

// Apart from api/checkouts.ts so that only the checkout's screen loads it: the list's first screen
// needs neither the mutation code nor BokaMera's answer schema.

export const checkoutMutations = {
  /** One key per checkout, so every component can tell that this checkout's request is on its way. */
  sendPaymentRequest: (companyId: string, checkoutId: string) =>
    ['checkouts', 'send-payment-request', { companyId, checkoutId }] as const,
};

/**
 * BokaMera's SendCheckoutPaymentRequest through the gateway. It reaches the payer and has no
 * idempotency key, so it is never retried (not here, not by the gateway): a failure whose outcome
 * is unknown is answered by re-reading the checkout, never by sending again. Whatever happened,
 * the checkout, the lists and the counts are read afresh; on success the detail and any cached
 * list row take the status the server reported at once.
 */
export function sendPaymentRequestOptions(queryClient: QueryClient, companyId: string, checkoutId: string) {
  return mutationOptions({
    mutationKey: checkoutMutations.sendPaymentRequest(companyId, checkoutId),
    mutationFn: () =>
      http(`${checkoutPath(companyId, checkoutId)}/payment-request`, {
        schema: paysonCheckoutV2ResponseSchema,
        method: 'POST',
        body: {},
      }),
    retry: 0,
    onSuccess: (answer) => {
      if (answer.Status) seedStatus(queryClient, companyId, checkoutId, answer.Status);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: checkoutQueries.detail(companyId, checkoutId).queryKey });
      invalidateCheckoutLists(queryClient, companyId);
    },
  });
}

export function useSendPaymentRequest(companyId: string, checkoutId: string) {
  const queryClient = useQueryClient();
  return useMutation(sendPaymentRequestOptions(queryClient, companyId, checkoutId));
}

function seedStatus(
  queryClient: QueryClient,
  companyId: string,
  checkoutId: string,
  status: CheckoutStatus,
) {
  const withStatus = (checkout: Checkout): Checkout => (checkout.id === checkoutId ? { ...checkout, status } : checkout);
  queryClient.setQueryData(checkoutQueries.detail(companyId, checkoutId).queryKey, (checkout) =>
    checkout ? withStatus(checkout) : checkout,
  );
  queryClient.setQueriesData<CheckoutSearchPage>({ queryKey: checkoutQueries.lists() }, (page) =>
    page ? { ...page, data: page.data.map(withStatus) } : page,
  );
}
