import { useSyncExternalStore } from 'react';
import type { Language } from './language.ts';
import type { Messages } from './messages-en.ts';

/**
 * Each catalog is its own chunk, fetched when its language is needed: a first screen carries one
 * language, not both (docs/decisions/008-i18n.md, the budget).
 */
const loaders: Record<Language, () => Promise<Messages>> = {
  en: () => import('./messages-en.ts').then((module) => module.en),
  sv: () => import('./messages-sv.ts').then((module) => module.sv),
};

/**
 * The catalog the UI reads, in the current language; empty until `setLanguage` has loaded one,
 * which main.tsx awaits before the first render (and the unit tests' setup before any test). Read
 * it at render, or at the top of a module only reached through a lazy route.
 *
 * It is one object whose nested objects keep their identity when the language changes (their
 * entries are replaced in place), so a module that keeps `const text = messages.detail.send` reads
 * the new language too. A language change re-mounts the app (see AppRoot).
 */
export const messages = {} as Messages;

let current: Language | undefined;
const listeners = new Set<() => void>();

export function currentLanguage(): Language {
  return current ?? 'en';
}

/** Switches every text to `language` and tells the page (`<html lang>`) and the subscribers. */
export async function setLanguage(language: Language): Promise<void> {
  const catalog = await loaders[language]();
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (language === current) return;
  current = language;
  replaceInPlace(messages as unknown as Catalog, catalog as unknown as Catalog);
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
