// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmbedAllowList } from './embed-allow-list.ts';
import { validateEmbedUrl } from './embed-url.ts';
import { previewUrlFromSnippet } from './preview-url-from-snippet.ts';
import type { PreviewUrlResult } from './preview-result.ts';
import {
  CHECKOUT_ID,
  DEFAULT_ALLOW_LIST,
  LEGACY_ALLOW_LIST,
  OTHER_CHECKOUT_ID,
  SANDBOX_ALLOW_LIST,
} from './testing/snippet-corpus.ts';

/** Every kind of entry at once, so http, ports and other paths are all in play. */
const ALLOW_LIST = [...DEFAULT_ALLOW_LIST, ...SANDBOX_ALLOW_LIST, ...LEGACY_ALLOW_LIST];
const PARSED_ALLOW_LIST = parseEmbedAllowList(ALLOW_LIST);
const RUNS = { numRuns: 1000 };

/**
 * The promise of an accepted result, checked independently of how the parser got there: a
 * canonical URL whose origin and path are an allow-list entry, whose only query is the id, and
 * whose id is the expected checkout's.
 */
function expectSafe(result: PreviewUrlResult, checkoutId: string): void {
  if (!result.ok) return;
  const url = new URL(result.url);
  expect(url.href).toBe(result.url);
  expect(ALLOW_LIST).toContain(`${url.protocol}//${url.host}${url.pathname}`);
  expect(url.username + url.password + url.hash).toBe('');
  expect(url.search.toLowerCase()).toBe(`?id=${checkoutId.toLowerCase()}`);
}

const ID_VARIANTS = [CHECKOUT_ID, CHECKOUT_ID.toUpperCase(), OTHER_CHECKOUT_ID, '', '1234', `{${CHECKOUT_ID}}`, `%63${CHECKOUT_ID.slice(1)}`];

/** Mostly the genuine part, sometimes a hostile one: so both verdicts are common. */
function usually<T>(genuine: fc.Arbitrary<T>, ...hostile: T[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 5, arbitrary: genuine }, { weight: 1, arbitrary: fc.constantFrom(...hostile) });
}

/** URLs assembled from an allow-listed page's parts, each of which may be swapped for a hostile one. */
const urlish = fc
  .constantFrom(...parseEmbedAllowList(ALLOW_LIST))
  .chain((page) =>
    fc.record({
      scheme: usually(fc.constantFrom(page.protocol.slice(0, -1)), 'https', 'http', 'HTTPS', 'javascript', 'data', 'ftp', 'blob:https', ''),
      separator: usually(fc.constant('://'), ':', ':///', '//', ':\\\\'),
      userinfo: usually(fc.constant(''), 'user@', 'www.payson.se@', 'a:b@', 'evil.com\\@'),
      host: usually(
        fc.constantFrom(page.hostname, page.hostname.toUpperCase(), `${page.hostname}.`),
        'www.payson.se', 'test-www.payson.se', 'embedded.payson.se', '127.0.0.1', 'www.payson.se..',
        'www.payson.se.evil.com', 'evil.com', 'payson.se', 'www.p\u0430yson.se', 'xn--pyson-4ve.se',
        'www%2epayson.se', 'www\u3002payson\u3002se', '0x7f.1', 'localhost',
      ),
      port: usually(fc.constant(page.port ? `:${page.port}` : ''), '', ':443', ':80', ':8443', ':54321', ':54322', ':'),
      path: usually(
        fc.constant(page.pathname),
        '/embedded/checkout', '/checkout', '/embedded/checkout/', '/Embedded/Checkout', '/embedded/./checkout',
        '/x/../embedded/checkout', '', '/evil.com/embedded/checkout',
      ),
      query: usually(
        fc.constantFrom(CHECKOUT_ID, CHECKOUT_ID.toUpperCase()).map((id) => `?id=${id}`),
        ...ID_VARIANTS.map((id) => `?id=${id}`),
        '', '?', `?ID=${CHECKOUT_ID}`, `?id=${CHECKOUT_ID}&id=${OTHER_CHECKOUT_ID}`, `?id=${CHECKOUT_ID}&x=1`,
      ),
      fragment: usually(fc.constant(''), '#', `#id=${CHECKOUT_ID}`),
      padding: usually(fc.constant(''), ' ', '\t', '\n', '\u0000', '\u202E'),
    }),
  )
  .map((p) => `${p.padding}${p.scheme}${p.separator}${p.userinfo}${p.host}${p.port}${p.path}${p.query}${p.fragment}`);

/** Snippet-shaped HTML around such URLs, plus a little noise. */
const snippetish = fc
  .record({
    urls: fc.oneof({ weight: 4, arbitrary: fc.tuple(urlish) }, { weight: 1, arbitrary: fc.array(urlish, { maxLength: 2 }) }),
    form: fc.constantFrom('iframe-double', 'iframe-single', 'iframe-bare', 'container', 'container', 'srcdoc'),
    noise: fc.constantFrom('', '', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- x -->', '<svg onload=alert(1)>'),
  })
  .map(({ urls, form, noise }) =>
    noise +
    urls
      .map((url) => {
        switch (form) {
          case 'iframe-double': return `<iframe src="${url}"></iframe>`;
          case 'iframe-single': return `<iframe src='${url}'></iframe>`;
          case 'iframe-bare': return `<iframe src=${url}></iframe>`;
          case 'container': return `<div id="paysonContainer" url="${url}"></div>`;
          case 'srcdoc': return `<iframe src="${url}" srcdoc="x"></iframe>`;
        }
      })
      .join(''),
  );

const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'binary-ascii', maxLength: 400 }));

describe('for any input, the result is a reject or a safe URL for this checkout', () => {
  it('holds for arbitrary strings and URL-shaped strings given as a URL', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(anyString, urlish), (raw) => {
        const result = validateEmbedUrl(raw, { checkoutId: CHECKOUT_ID, allowList: PARSED_ALLOW_LIST });
        if (result.ok) accepted += 1;
        expectSafe(result, CHECKOUT_ID);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(10);
  });

  it('holds for arbitrary strings given as a snippet', () => {
    fc.assert(
      fc.property(anyString, (html) => {
        expectSafe(previewUrlFromSnippet(html, { checkoutId: CHECKOUT_ID, allowList: ALLOW_LIST }), CHECKOUT_ID);
      }),
      RUNS,
    );
  });

  it('holds for snippet-shaped input, which the parser accepts often enough to matter', () => {
    let accepted = 0;
    fc.assert(
      fc.property(snippetish, (html) => {
        const result = previewUrlFromSnippet(html, { checkoutId: CHECKOUT_ID, allowList: ALLOW_LIST });
        if (result.ok) accepted += 1;
        expectSafe(result, CHECKOUT_ID);
      }),
      RUNS,
    );
    // Without accepted cases the property above would be vacuous.
    expect(accepted).toBeGreaterThan(10);
  });

  it('holds for any checkout id the caller passes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), fc.string()), urlish, (checkoutId, url) => {
        expectSafe(validateEmbedUrl(url, { checkoutId, allowList: PARSED_ALLOW_LIST }), checkoutId);
      }),
      RUNS,
    );
  });
});

/** Valid URLs with where their host sits, for the mutation property. */
const VALID = [
  { prefix: 'https://', host: 'www.payson.se', suffix: `/embedded/checkout?id=${CHECKOUT_ID}` },
  { prefix: 'https://', host: 'test-www.payson.se', suffix: `/embedded/checkout?id=${CHECKOUT_ID}` },
  { prefix: 'http://', host: '127.0.0.1', suffix: `:54321/embedded/checkout?id=${CHECKOUT_ID}` },
  { prefix: 'http://', host: 'embedded.payson.se', suffix: `/checkout?id=${CHECKOUT_ID}` },
];

const replacement = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('.', '@', ':', '/', '\\', '%', '#', '?', '-', '0', '1', 'A', 'W', 'x', ' ', '\t', '\n', '\u0430', '\u3002', '\uFF0E', '\u0131', '\u212A'),
);

const hostMutation = fc
  .record({
    valid: fc.constantFrom(...VALID),
    at: fc.nat(),
    kind: fc.constantFrom('replace', 'insert', 'delete'),
    char: replacement,
  })
  .map(({ valid, at, kind, char }) => {
    const index = at % (valid.host.length + (kind === 'insert' ? 1 : 0));
    const host =
      kind === 'replace' ? valid.host.slice(0, index) + char + valid.host.slice(index + 1)
      : kind === 'insert' ? valid.host.slice(0, index) + char + valid.host.slice(index)
      : valid.host.slice(0, index) + valid.host.slice(index + 1);
    return { original: valid.host, url: `${valid.prefix}${host}${valid.suffix}` };
  });

describe('changing one character of a valid URL’s host never reaches another host', () => {
  it('holds for the URL check', () => {
    fc.assert(
      fc.property(hostMutation, ({ original, url }) => {
        const result = validateEmbedUrl(url, { checkoutId: CHECKOUT_ID, allowList: PARSED_ALLOW_LIST });
        expectSafe(result, CHECKOUT_ID);
        if (result.ok) expect(new URL(result.url).hostname).toBe(original);
      }),
      RUNS,
    );
  });

  it('holds through the whole snippet pipeline', () => {
    fc.assert(
      fc.property(hostMutation, fc.boolean(), ({ original, url }, asContainer) => {
        const html = asContainer ? `<div id="paysonContainer" url="${url}"></div>` : `<iframe src="${url}"></iframe>`;
        const result = previewUrlFromSnippet(html, { checkoutId: CHECKOUT_ID, allowList: ALLOW_LIST });
        expectSafe(result, CHECKOUT_ID);
        if (result.ok) expect(new URL(result.url).hostname).toBe(original);
      }),
      RUNS,
    );
  });
});

describe('genuine snippets are always accepted, in canonical form', () => {
  it('holds for any checkout id, allow-listed page and letter case of host and id', () => {
    const pages = PARSED_ALLOW_LIST;
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.constantFrom(...pages),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (id, page, upperHost, upperId, asContainer) => {
          const host = upperHost ? page.hostname.toUpperCase() : page.hostname;
          const urlId = upperId ? id.toUpperCase() : id;
          const url = `${page.protocol}//${host}${page.port ? `:${page.port}` : ''}${page.pathname}?id=${urlId}`;
          const html = asContainer ? `<div id="paysonContainer" url="${url}"></div><script src="x.js"></script>` : `<iframe id='checkoutIframe' src='${url}'></iframe>`;
          const result = previewUrlFromSnippet(html, { checkoutId: id, allowList: ALLOW_LIST });
          expect(result).toEqual({ ok: true, url: `${page.origin}${page.pathname}?id=${urlId}` });
        },
      ),
      RUNS,
    );
  });
});
