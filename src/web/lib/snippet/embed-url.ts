import { normaliseHostname, originOf, type EmbedPage } from './embed-allow-list.ts';
import { isGuid, sameGuid } from '../guid.ts';
import { rejected, type PreviewUrlResult } from './preview-result.ts';

/**
 * Decides whether one URL taken from a snippet may be shown, and if so rebuilds it from the parts
 * that were checked. Two layers that must both agree:
 *
 * 1. The raw string is screened before `URL` sees it, because the URL parser silently "repairs"
 *    input: it strips surrounding spaces and control characters, drops tabs and newlines anywhere,
 *    turns `\` into `/`, percent-decodes and IDNA-maps hosts (`www。payson。se`), and accepts
 *    `https:host` or `https:///host`. A genuine Payson URL needs none of that, so none of it is let in.
 * 2. `new URL()` then gives the normalised parts (lower-case host, default port elided), which are
 *    compared exactly with the allow-list: never `includes`, `startsWith` or `endsWith`.
 */

/** Real embed URLs are about 90 characters; anything this long is not one. */
const MAX_URL_LENGTH = 2048;

/**
 * Unreserved characters plus the delimiters a `scheme://host:port/path?id=guid` URL needs. This
 * rules out whitespace, control and non-ASCII characters, `\`, `%` (encoded tricks), `@`
 * (userinfo), `#` (fragments), quotes and brackets.
 */
const PLAIN_URL_CHARACTERS = /^[A-Za-z0-9\-._~:/?=&]+$/;

/** An explicit `scheme://` followed directly by a host: no `https:host`, no `https:///host`. */
const EXPLICIT_AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]/;

/** The only query a preview URL may have. */
const ID_QUERY = /^\?id=([^&=]*)$/;

export interface ExpectedEmbed {
  /** The id of the checkout on screen, as the API returned it. */
  readonly checkoutId: string;
  readonly allowList: readonly EmbedPage[];
}

export function validateEmbedUrl(raw: string, expected: ExpectedEmbed): PreviewUrlResult {
  if (!isPlainUrlText(raw)) return rejected('bad-url');

  let url: URL;
  try {
    // No base URL: a relative or protocol-relative value must fail, not resolve against our page.
    url = new URL(raw);
  } catch {
    return rejected('bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return rejected('bad-url');
  if (url.username !== '' || url.password !== '' || url.hash !== '') return rejected('bad-url');
  if (!isWrittenPlainly(raw, url)) return rejected('bad-url');

  const page = allowedPage(url, expected.allowList);
  if (!page) return rejected('not-allowed-host');

  const id = ID_QUERY.exec(url.search)?.[1];
  if (id === undefined || !isGuid(id)) return rejected('bad-url');
  if (!sameGuid(id, expected.checkoutId)) return rejected('id-mismatch');

  // Rebuilt from the allow-list entry and the checked id: nothing else of the input survives.
  return { ok: true, url: `${page.origin}${page.pathname}?id=${id}` };
}

function isPlainUrlText(raw: string): boolean {
  return (
    raw.length <= MAX_URL_LENGTH && PLAIN_URL_CHARACTERS.test(raw) && EXPLICIT_AUTHORITY.test(raw)
  );
}

/**
 * The path and query must appear in the input exactly as the parser understood them, so dot
 * segments (`/embedded/x/../checkout`) and other rewrites are refused rather than normalised.
 */
function isWrittenPlainly(raw: string, url: URL): boolean {
  const afterScheme = raw.indexOf('//') + 2;
  const pathStart = raw.slice(afterScheme).search(/[/?]/);
  const pathAndQuery = pathStart === -1 ? '' : raw.slice(afterScheme + pathStart);
  return pathAndQuery === url.pathname + url.search;
}

function allowedPage(url: URL, allowList: readonly EmbedPage[]): EmbedPage | undefined {
  const origin = originOf(url.protocol, normaliseHostname(url.hostname), url.port);
  return allowList.find((page) => page.origin === origin && page.pathname === url.pathname);
}
