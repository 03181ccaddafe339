// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkoutListPageSchema } from '../../../contract/payson.ts';
import { SEED_SAMPLE_PATH } from '../../../contract/testing/seed-sample.ts';
import { MAX_SNIPPET_LENGTH, previewUrlFromSnippet } from './preview-url-from-snippet.ts';
import { SNIPPET_REJECTION_REASONS } from './preview-result.ts';
import { parseHtmlInertly } from './parse-inertly.ts';
import {
  CHECKOUT_ID,
  DEFAULT_ALLOW_LIST,
  GENUINE_SNIPPETS,
  HOSTILE_SNIPPETS,
  LEGACY_ALLOW_LIST,
} from './testing/snippet-corpus.ts';

const options = { checkoutId: CHECKOUT_ID, allowList: DEFAULT_ALLOW_LIST };

describe('hostile snippets are rejected', () => {
  it('has a corpus large enough to mean something, with unique names', () => {
    expect(HOSTILE_SNIPPETS.length).toBeGreaterThanOrEqual(35);
    expect(new Set(HOSTILE_SNIPPETS.map((c) => c.name)).size).toBe(HOSTILE_SNIPPETS.length);
  });

  it.each(HOSTILE_SNIPPETS)('$name → $reason', ({ html, reason }) => {
    expect(previewUrlFromSnippet(html, options)).toEqual({ ok: false, reason });
  });

  it('uses every reason somewhere in the corpus', () => {
    const used = new Set(HOSTILE_SNIPPETS.map((c) => c.reason));
    expect([...SNIPPET_REJECTION_REASONS].filter((reason) => !used.has(reason))).toEqual([]);
  });
});

describe('genuine snippets are accepted', () => {
  it.each(GENUINE_SNIPPETS)('$name', ({ html, allowList, url }) => {
    expect(previewUrlFromSnippet(html, { ...options, allowList })).toEqual({ ok: true, url });
  });
});

describe('the seed’s real snippets (old documented format, http://embedded.payson.se)', () => {
  const page = checkoutListPageSchema.parse(JSON.parse(readFileSync(SEED_SAMPLE_PATH, 'utf8')));

  it.each(page.data.map((checkout) => [checkout.id, checkout] as const))(
    '%s is accepted when the legacy http page is allow-listed',
    (_id, checkout) => {
      expect(
        previewUrlFromSnippet(checkout.snippet, {
          checkoutId: checkout.id,
          allowList: LEGACY_ALLOW_LIST,
        }),
      ).toEqual({ ok: true, url: `http://embedded.payson.se/checkout?id=${checkout.id}` });
    },
  );

  it.each(page.data.map((checkout) => [checkout.id, checkout] as const))(
    '%s is rejected under the default https allow-list',
    (_id, checkout) => {
      expect(
        previewUrlFromSnippet(checkout.snippet, { ...options, checkoutId: checkout.id }),
      ).toEqual({ ok: false, reason: 'not-allowed-host' });
    },
  );

  it('does not show one checkout’s snippet as another’s', () => {
    const [first, second] = page.data;
    expect(
      previewUrlFromSnippet(first?.snippet, {
        checkoutId: second?.id ?? '',
        allowList: LEGACY_ALLOW_LIST,
      }),
    ).toEqual({ ok: false, reason: 'id-mismatch' });
  });
});

describe('input handling', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number at run time', 42 as unknown as string],
  ])('treats %s as no snippet', (_name, html) => {
    expect(previewUrlFromSnippet(html, options)).toEqual({ ok: false, reason: 'no-snippet' });
  });

  it('does not hand oversized input to the parser at all', () => {
    let parsed = false;
    const parse = (html: string) => {
      parsed = true;
      return parseHtmlInertly(html);
    };
    const result = previewUrlFromSnippet('x'.repeat(MAX_SNIPPET_LENGTH + 1), { ...options, parse });
    expect(result).toEqual({ ok: false, reason: 'unparseable' });
    expect(parsed).toBe(false);
  });

  it('accepts a snippet of exactly the maximum length', () => {
    const html = `<div id="paysonContainer" url="https://www.payson.se/embedded/checkout?id=${CHECKOUT_ID}"></div>`;
    const padded = html.padEnd(MAX_SNIPPET_LENGTH, ' ');
    expect(previewUrlFromSnippet(padded, options).ok).toBe(true);
  });

  it('turns a parser failure into a reason instead of throwing', () => {
    const parse = () => {
      throw new Error('boom');
    };
    expect(previewUrlFromSnippet('<iframe></iframe>', { ...options, parse })).toEqual({
      ok: false,
      reason: 'unparseable',
    });
  });

  it('is unparseable where there is no DOMParser (outside a browser) and no parser is given', () => {
    vi.stubGlobal('DOMParser', undefined);
    try {
      expect(
        previewUrlFromSnippet(`<iframe src="https://www.payson.se/embedded/checkout?id=${CHECKOUT_ID}"></iframe>`, options),
      ).toEqual({ ok: false, reason: 'unparseable' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ignores allow-list entries that are not plain http(s) URLs', () => {
    const html = `<iframe src="https://www.payson.se/embedded/checkout?id=${CHECKOUT_ID}"></iframe>`;
    expect(
      previewUrlFromSnippet(html, { ...options, allowList: ['javascript:alert(1)', 'www.payson.se'] }),
    ).toEqual({ ok: false, reason: 'not-allowed-host' });
  });
});
