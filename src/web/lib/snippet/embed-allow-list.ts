/**
 * The embed pages a preview may show, read from configuration (`GET /api/config` → `embedUrls`),
 * e.g. `https://www.payson.se/embedded/checkout` or, in sandbox mode,
 * `http://127.0.0.1:54321/embedded/checkout`. The scheme comes from the entry, so `http:` is
 * allowed only where an entry says so.
 */
export interface EmbedPage {
  readonly protocol: 'http:' | 'https:';
  /** Lower-case, ASCII (punycode), without a trailing dot. */
  readonly hostname: string;
  /** Empty for the scheme's default port, as `URL` reports it. */
  readonly port: string;
  readonly pathname: string;
  /** `protocol//hostname[:port]`, built from the parts above. */
  readonly origin: string;
}

/** `www.payson.se.` and `WWW.payson.se` name the same host as `www.payson.se`. */
export function normaliseHostname(hostname: string): string {
  const lower = hostname.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

export function originOf(protocol: string, hostname: string, port: string): string {
  return `${protocol}//${hostname}${port === '' ? '' : `:${port}`}`;
}

/**
 * Entries that are not a plain http(s) URL without credentials, query or fragment are dropped:
 * a broken entry must never widen what is allowed, and an empty list simply allows nothing.
 */
export function parseEmbedAllowList(entries: readonly string[]): readonly EmbedPage[] {
  const pages: EmbedPage[] = [];
  for (const entry of entries) {
    const page = parseEmbedPage(entry);
    if (page) pages.push(page);
  }
  return pages;
}

function parseEmbedPage(entry: string): EmbedPage | undefined {
  let url: URL;
  try {
    url = new URL(entry.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return undefined;
  }
  // IPv6 literals and empty hosts never match a snippet URL (brackets fail the character screen).
  const hostname = normaliseHostname(url.hostname);
  if (hostname === '' || hostname.startsWith('[')) return undefined;
  return {
    protocol: url.protocol,
    hostname,
    port: url.port,
    pathname: url.pathname,
    origin: originOf(url.protocol, hostname, url.port),
  };
}
