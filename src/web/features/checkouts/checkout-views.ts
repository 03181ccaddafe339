import type { CheckoutView } from '../../../contract/checkout-search.ts';

/**
 * Which of the list's views the URL asks for: `?view=attention` is the work queue, anything else
 * the whole list. Read from the URL here so the shell's link and the list's tabs agree.
 */
export function checkoutViewOf(params: URLSearchParams): CheckoutView {
  return params.get('view') === 'attention' ? 'attention' : 'all';
}
