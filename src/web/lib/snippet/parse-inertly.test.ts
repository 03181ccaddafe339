// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtmlInertly } from './parse-inertly.ts';
import { previewUrlFromSnippet } from './preview-url-from-snippet.ts';
import { DEFAULT_ALLOW_LIST, LEGACY_ALLOW_LIST } from './testing/snippet-corpus.ts';

/**
 * The production parser on happy-dom's DOMParser. The seed's snippet below is copied verbatim from
 * the seed's Payson list page (fixtures/payson-list-page.seed.json, checkout cadacbda-…): the old
 * documented iframe format, single quotes and an inline style.
 */
const SEED_CHECKOUT_ID = 'cadacbda-3990-4ef2-8993-a53d00bcfda7';
const SEED_SNIPPET =
  "<iframe id='checkoutIframe' name='checkoutIframe' src='http://embedded.payson.se/checkout?id=cadacbda-3990-4ef2-8993-a53d00bcfda7' style='width:100%; height: 100%' frameborder='0' scrolling='no'></iframe>";

describe('the seed’s own iframe snippet', () => {
  it('is accepted when its host is allow-listed', () => {
    expect(previewUrlFromSnippet(SEED_SNIPPET, { checkoutId: SEED_CHECKOUT_ID, allowList: LEGACY_ALLOW_LIST })).toEqual({
      ok: true,
      url: `http://embedded.payson.se/checkout?id=${SEED_CHECKOUT_ID}`,
    });
  });

  it('is refused when its host is not', () => {
    expect(previewUrlFromSnippet(SEED_SNIPPET, { checkoutId: SEED_CHECKOUT_ID, allowList: DEFAULT_ALLOW_LIST })).toEqual({
      ok: false,
      reason: 'not-allowed-host',
    });
  });

  it('parses into plain elements in no namespace, its style an attribute like any other', () => {
    const [iframe] = Array.from(parseHtmlInertly(SEED_SNIPPET).querySelectorAll('iframe')) as Element[];
    expect(iframe?.namespaceURI).toBeNull();
    expect(iframe?.getAttribute('style')).toBe('width:100%; height: 100%');
  });
});

describe('namespaced snippets never reach a document', () => {
  it.each([
    ['XHTML default namespace', '<img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(1)"/>'],
    ['SVG default namespace', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['MathML default namespace', '<math xmlns="http://www.w3.org/1998/Math/MathML" style="color: red"/>'],
    ['prefixed XHTML script', '<h:script xmlns:h="http://www.w3.org/1999/xhtml" src="https://evil.example/x.js"></h:script>'],
    ['xlink namespace', '<svg xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:alert(1)"/>'],
    ['an entity standing for the namespace', '<!DOCTYPE s [<!ENTITY ns "http://www.w3.org/1999/xhtml">]><img xmlns="&ns;" onerror="alert(1)"/>'],
    [
      'a good container in the XHTML namespace',
      `<div xmlns="http://www.w3.org/1999/xhtml" id="paysonContainer" url="https://www.payson.se/embedded/checkout?id=${SEED_CHECKOUT_ID}"></div>`,
    ],
  ])('%s is unparseable', (_name, html) => {
    expect(() => parseHtmlInertly(html)).toThrow();
    expect(previewUrlFromSnippet(html, { checkoutId: SEED_CHECKOUT_ID, allowList: DEFAULT_ALLOW_LIST })).toEqual({
      ok: false,
      reason: 'unparseable',
    });
  });
});
