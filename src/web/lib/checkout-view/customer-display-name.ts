import type { Customer } from '../../../contract/payson.ts';

/**
 * The name to show for a checkout's customer: first and last name for a person. Payson may put a
 * business's whole name in `firstName` and leave `lastName` empty ("Persson, Tess T"), which the same
 * rule shows as it is. Whitespace runs (newlines included) become one space. Undefined when no
 * name is known; whether to fall back to the email is the screen's choice.
 */
export function customerDisplayName(customer: Customer | undefined): string | undefined {
  const parts = [customer?.firstName, customer?.lastName]
    .map((part) => (typeof part === 'string' ? part.replace(/\s+/g, ' ').trim() : ''))
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' ') : undefined;
}
