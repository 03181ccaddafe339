import { useSyncExternalStore } from 'react';
import type { Language } from './language.ts';
import { en, type Messages } from './messages-en.ts';
import { sv } from './messages-sv.ts';

const catalogs: Record<Language, Messages> = { en, sv };

/**
 * The catalog the UI reads, in the current language. It is one object whose nested objects keep
 * their identity when the language changes (their entries are replaced in place), so a module that
 * keeps `const text = messages.detail.send` reads the new language too. A language change re-mounts
 * the app (see LanguageRoot), so everything on screen is rendered again from it.
 */
export const messages: Messages = structuredCloneCatalog(en);

let current: Language = 'en';
const listeners = new Set<() => void>();

export function currentLanguage(): Language {
  return current;
}

/** Switches every text to `language` and tells the page (`<html lang>`) and the subscribers. */
export function setLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (language === current) return;
  current = language;
  replaceInPlace(messages as unknown as Catalog, catalogs[language] as unknown as Catalog);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language, re-rendering the caller when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

interface Catalog {
  [key: string]: Catalog | string | ((...args: never[]) => string);
}

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null;
}

/** A copy of the nested objects (the strings and functions are shared). */
function structuredCloneCatalog<T>(catalog: T): T {
  const copy: Catalog = {};
  for (const [key, value] of Object.entries(catalog as Catalog)) {
    copy[key] = isCatalog(value) ? structuredCloneCatalog(value) : value;
  }
  return copy as T;
}

function replaceInPlace(target: Catalog, source: Catalog): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isCatalog(value) && isCatalog(existing)) replaceInPlace(existing, value);
    else target[key] = isCatalog(value) ? structuredCloneCatalog(value) : value;
  }
}

export type { Messages };
