import { describe, expect, it } from 'vitest';
import {
  EMBED_CANDIDATE_SELECTOR,
  extractEmbedCandidate,
  type ParsedDocument,
  type ParsedElement,
} from './embed-candidates.ts';

/** Hand-built documents: the structure is given directly, no HTML is parsed. */
function fakeElement(tagName: string, attributes: Record<string, string>, textContent = ''): ParsedElement {
  return { tagName, textContent, getAttribute: (name) => attributes[name] ?? null };
}

function fakeDocument(elements: ParsedElement[]): ParsedDocument & { selectors: string[] } {
  const selectors: string[] = [];
  return {
    selectors,
    querySelectorAll(selector) {
      selectors.push(selector);
      return elements;
    },
  };
}

const URL_A = 'https://www.payson.se/embedded/checkout?id=a';

describe('extractEmbedCandidate', () => {
  it('asks the document for iframes and url-bearing elements in one query, in document order', () => {
    const doc = fakeDocument([]);
    extractEmbedCandidate(doc);
    expect(doc.selectors).toEqual([EMBED_CANDIDATE_SELECTOR]);
    expect(EMBED_CANDIDATE_SELECTOR).toBe('iframe, [url]');
  });

  it('takes the src of a single iframe, whatever the tag name’s case', () => {
    expect(extractEmbedCandidate(fakeDocument([fakeElement('IFRAME', { src: URL_A })]))).toEqual({ ok: true, url: URL_A });
    expect(extractEmbedCandidate(fakeDocument([fakeElement('iframe', { src: URL_A })]))).toEqual({ ok: true, url: URL_A });
  });

  it('takes the url of a single #paysonContainer', () => {
    const doc = fakeDocument([fakeElement('DIV', { id: 'paysonContainer', url: URL_A })]);
    expect(extractEmbedCandidate(doc)).toEqual({ ok: true, url: URL_A });
  });

  it('ignores url attributes on elements that are not the container', () => {
    const doc = fakeDocument([
      fakeElement('DIV', { url: 'https://evil.example/' }),
      fakeElement('SPAN', { id: 'paysoncontainer', url: 'https://evil.example/' }),
      fakeElement('DIV', { id: 'paysonContainer', url: URL_A }),
    ]);
    expect(extractEmbedCandidate(doc)).toEqual({ ok: true, url: URL_A });
  });

  it('passes the attribute value through untouched for the URL check to judge', () => {
    const doc = fakeDocument([fakeElement('IFRAME', { src: ' javascript:alert(1)' })]);
    expect(extractEmbedCandidate(doc)).toEqual({ ok: true, url: ' javascript:alert(1)' });
  });

  it('finds nothing in an empty document', () => {
    expect(extractEmbedCandidate(fakeDocument([]))).toEqual({ ok: false, reason: 'no-candidate' });
  });

  it('refuses to choose between two candidates', () => {
    const doc = fakeDocument([
      fakeElement('IFRAME', { src: URL_A }),
      fakeElement('DIV', { id: 'paysonContainer', url: URL_A }),
    ]);
    expect(extractEmbedCandidate(doc)).toEqual({ ok: false, reason: 'several-candidates' });
  });

  it('counts an iframe without src as a candidate, so it cannot hide next to a container', () => {
    const doc = fakeDocument([
      fakeElement('IFRAME', {}),
      fakeElement('DIV', { id: 'paysonContainer', url: URL_A }),
    ]);
    expect(extractEmbedCandidate(doc)).toEqual({ ok: false, reason: 'several-candidates' });
    expect(extractEmbedCandidate(fakeDocument([fakeElement('IFRAME', {})]))).toEqual({
      ok: false,
      reason: 'no-candidate',
    });
  });

  it('rejects an iframe with srcdoc, even an empty one', () => {
    const doc = fakeDocument([fakeElement('IFRAME', { src: URL_A, srcdoc: '' })]);
    expect(extractEmbedCandidate(doc)).toEqual({ ok: false, reason: 'bad-url' });
  });

  it('rejects an iframe with content, and tolerates whitespace', () => {
    const nested = fakeElement('IFRAME', { src: URL_A }, '<iframe src="https://evil.example/">');
    expect(extractEmbedCandidate(fakeDocument([nested]))).toEqual({ ok: false, reason: 'unparseable' });
    const spaced = fakeElement('IFRAME', { src: URL_A }, '\n  ');
    expect(extractEmbedCandidate(fakeDocument([spaced]))).toEqual({ ok: true, url: URL_A });
  });
});
