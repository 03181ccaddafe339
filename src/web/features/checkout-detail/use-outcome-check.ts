import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { canSendPaymentRequestInStatus } from '../../../contract/checkout-rules.ts';
import { checkoutQueries, invalidateCheckoutLists } from '../../api/checkouts.ts';

/** How long a request whose outcome is unknown may still be under way upstream, and how often to look. */
const CHECK_WINDOW_MS = 40_000;
const CHECK_INTERVAL_MS = 3_000;

/**
 * After a payment request whose outcome is unknown (a timeout, a dropped connection) the request
 * may still complete upstream later. So the checkout is read again every few seconds for a while,
 * until its status shows the request went through or the window passes; only then may it be sent
 * again. When the status moves on, the lists and counts follow.
 */
export function useOutcomeCheck(companyId: string, checkoutId: string) {
  const queryClient = useQueryClient();
  const [active, setActive] = useState(false);
  const { data } = useQuery({
    ...checkoutQueries.detail(companyId, checkoutId),
    refetchInterval: (query) =>
      active && query.state.data && canSendPaymentRequestInStatus(query.state.data.status) ? CHECK_INTERVAL_MS : false,
  });
  const stillWaiting = data !== undefined && canSendPaymentRequestInStatus(data.status);
  const checking = active && stillWaiting;

  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setActive(false), CHECK_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [active]);

  useEffect(() => {
    if (active && !stillWaiting) invalidateCheckoutLists(queryClient, companyId);
  }, [active, stillWaiting, queryClient, companyId]);

  return { start: () => setActive(true), checking };
}
