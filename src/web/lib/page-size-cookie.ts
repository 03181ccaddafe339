import { createContext, use, useSyncExternalStore } from 'react';
import { PAGE_SIZE_COOKIE, pageSizeFrom, type PageSize } from '../../contract/checkout-search.ts';

/**
 * The page size a person chose last, kept in the `page_size` cookie (PAGE_SIZE_COOKIE) so the
 * server that renders the first screen knows it as well as the browser. A year, the whole site,
 * readable by scripts (it is a preference, nothing secret).
 */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The remembered size in a Cookie header (or `document.cookie`), if any. */
export function pageSizeFromCookieHeader(header: string | null | undefined): PageSize | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.split('=');
    if (name?.trim() === PAGE_SIZE_COOKIE) return pageSizeFrom(decodeURIComponent(value.join('=')));
  }
  return undefined;
}

const listeners = new Set<() => void>();

/** The browser's remembered size; undefined outside a browser. */
export function rememberedPageSize(): PageSize | undefined {
  return typeof document === 'undefined' ? undefined : pageSizeFromCookieHeader(document.cookie);
}

export function rememberPageSize(size: PageSize): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${PAGE_SIZE_COOKIE}=${size}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What the server read from the request's cookie, for rendering there (and hydrating the same):
 * render never reads `document`.
 */
export const ServerPageSizeContext = createContext<PageSize | undefined>(undefined);

export function useRememberedPageSize(): PageSize | undefined {
  const fromServer = use(ServerPageSizeContext);
  return useSyncExternalStore(subscribe, rememberedPageSize, () => fromServer);
}
