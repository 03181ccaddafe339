/**
 * Preferences the server must know to render the first screen as the browser will (docs/decisions/
 * 011-server-rendering.md) live in cookies, not localStorage: readable by the SPA (not HttpOnly),
 * SameSite=Lax, a year. On the server, during a render, they are read from the request.
 */
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

let renderCookieHeader: string | undefined;

/** The request's Cookie header while the server renders a first screen; undefined after. */
export function setRenderCookies(header: string | undefined): void {
  renderCookieHeader = header;
}

function cookieHeader(): string {
  if (renderCookieHeader !== undefined) return renderCookieHeader;
  return typeof document === 'undefined' ? '' : document.cookie;
}

/** A cookie's value (URI-decoded), or undefined. */
export function readCookie(name: string, header = cookieHeader()): string | undefined {
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Remembers a preference for a year, on this origin's every path. */
export function writePreferenceCookie(name: string, value: string): void {
  if (typeof document === 'undefined') return;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`;
}

/** A storage key as a cookie name: only the characters a cookie name may hold. */
export function cookieNameFor(key: string): string {
  return key.replace(/[^A-Za-z0-9!#$%&'*+.^_`|~-]/g, '_');
}

/** localStorage's shape over cookies, for code written against a key-value store. */
export const cookieStore: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: (key) => readCookie(cookieNameFor(key)) ?? null,
  setItem: (key, value) => writePreferenceCookie(cookieNameFor(key), value),
};
