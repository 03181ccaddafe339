import { describe, expect, it } from 'vitest';
import { checkoutLinkId, focusReturn, focusReturnId } from './focus-return.ts';

describe('focusReturn', () => {
  it('round-trips an element id through navigation state', () => {
    expect(focusReturnId(focusReturn(checkoutLinkId('abc')))).toBe('checkout-link-abc');
  });

  it('ignores any other state', () => {
    for (const state of [null, undefined, 'x', {}, { focusReturn: 3 }, { focusReturn: '' }]) {
      expect(focusReturnId(state)).toBeUndefined();
    }
  });
});
