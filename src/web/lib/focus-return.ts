/**
 * Where focus goes back to when a part of the page closes: navigation state naming an element by
 * id (`navigate(to, { state: focusReturn(id) })`). The app shell reads it after the move.
 */
export interface FocusReturnState {
  focusReturn: string;
}

export function focusReturn(elementId: string): FocusReturnState {
  return { focusReturn: elementId };
}

export function focusReturnId(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('focusReturn' in state)) return undefined;
  const { focusReturn: id } = state;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** The id of a checkout's row link in the list, so closing the checkout returns there. */
export function checkoutLinkId(checkoutId: string): string {
  return `checkout-link-${checkoutId}`;
}
