import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import { FIRST_SCREEN_STATE_ID } from '../../contract/first-screen.ts';
import type { Language } from '../lib/i18n/language.ts';

/**
 * What the server hands the browser with a first screen it rendered: the query cache it rendered
 * from, the router's answer (its loaders already ran), and the settings it rendered with, so the
 * browser's first render is the server's to the character and hydrates without a mismatch.
 */
export interface FirstScreenState {
  dehydrated: DehydratedState;
  hydrationData: HydrationState;
  language: Language;
  /** The locale numbers and dates were written in (lib/locale.ts), from the request's Accept-Language. */
  locale: string;
  /** The server's clock at render (epoch ms): "this year" and "in N days" are judged from it until hydrated. */
  now: number;
}

/** The state the server put in the page, or undefined for a page the browser renders itself. */
export function readFirstScreenState(doc: Document): FirstScreenState | undefined {
  const text = doc.getElementById(FIRST_SCREEN_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as FirstScreenState;
  } catch {
    return undefined;
  }
}
