/**
 * Finds the one place in a parsed snippet that may hold the embed URL. Written against the few DOM
 * members it reads: a browser `Document` in production, happy-dom's in the unit tests.
 */
export interface ParsedElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface ParsedDocument {
  querySelectorAll(selectors: string): ArrayLike<ParsedElement>;
}

/**
 * Every iframe, whatever its attributes, and every element with a `url` attribute (Payson's newer
 * `<div id="paysonContainer" url="…">`). The container is recognised by comparing its id exactly,
 * not with `#paysonContainer`, because DOMParser documents are in quirks mode where id selectors
 * ignore case.
 */
export const EMBED_CANDIDATE_SELECTOR = 'iframe, [url]';

export const PAYSON_CONTAINER_ID = 'paysonContainer';

export type EmbedCandidate =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: 'no-candidate' | 'several-candidates' | 'bad-url' | 'unparseable' };

export function extractEmbedCandidate(doc: ParsedDocument): EmbedCandidate {
  const candidates = Array.from(doc.querySelectorAll(EMBED_CANDIDATE_SELECTOR)).filter(
    (element) => isIframe(element) || element.getAttribute('id') === PAYSON_CONTAINER_ID,
  );
  const [only, ...others] = candidates;
  if (!only) return { ok: false, reason: 'no-candidate' };
  if (others.length > 0) return { ok: false, reason: 'several-candidates' };
  return isIframe(only) ? iframeUrl(only) : containerUrl(only);
}

function isIframe(element: ParsedElement): boolean {
  return element.tagName.toLowerCase() === 'iframe';
}

function iframeUrl(iframe: ParsedElement): EmbedCandidate {
  // A browser shows srcdoc instead of src: whatever it holds is not a Payson URL.
  if (iframe.getAttribute('srcdoc') !== null) return { ok: false, reason: 'bad-url' };
  // Payson's iframe is empty. Text inside one is where nested markup (`<iframe><iframe …>`) hides;
  // it would never render, but its presence means this is not Payson's snippet.
  if ((iframe.textContent ?? '').trim() !== '') return { ok: false, reason: 'unparseable' };
  const src = iframe.getAttribute('src');
  return src === null ? { ok: false, reason: 'no-candidate' } : { ok: true, url: src };
}

function containerUrl(container: ParsedElement): EmbedCandidate {
  const url = container.getAttribute('url');
  return url === null ? { ok: false, reason: 'no-candidate' } : { ok: true, url };
}
