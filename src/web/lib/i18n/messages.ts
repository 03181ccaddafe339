import { en, type Messages } from './messages-en.ts';

/**
 * The catalog the UI reads. English is the only language so far; when Swedish follows, pick the
 * catalog here from the user's language (both satisfy `Messages`).
 */
export const messages: Messages = en;

export type { Messages };
