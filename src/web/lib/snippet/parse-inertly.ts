import type { ParsedDocument } from './embed-candidates.ts';
import { isSimpleMarkup } from './simple-markup.ts';

/**
 * Parses a snippet into a document that is never attached to the page: DOMParser documents have
 * scripting disabled, so no script runs, no `onerror`/`onload` handler fires and nothing is fetched.
 * (Assigning to `innerHTML` of even a detached element is NOT inert: it fires `<img onerror>`.)
 *
 * It is parsed as XML, not HTML. In HTML mode Chromium still checks each `style` and `on…`
 * attribute against the page's CSP and reports a violation for it, though nothing runs; Payson's
 * own iframe snippet carries a `style`. As XML the elements are plain, un-namespaced elements with
 * no HTML meaning at all. Both published snippet formats are well-formed XML; a snippet that is
 * not is rejected as unparseable rather than guessed at (see docs/decisions/004).
 *
 * With a Trusted Types CSP (`require-trusted-types-for 'script'`) parseFromString refuses plain
 * strings. The snippet is only ever read here, never inserted, so a pass-through policy is sound; it
 * stays private to this module. Allow it in the CSP with `trusted-types payson-snippet-inert`.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'payson-snippet-inert';

interface HtmlPolicy {
  createHTML(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): HtmlPolicy;
}

let policy: HtmlPolicy | null | undefined;

function inertHtmlPolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createHTML: (s) => s }) : null;
  } catch {
    // The CSP does not allow our policy name: fall back to a plain string (which may then throw).
    policy = null;
  }
  return policy;
}

/**
 * Throws where there is no DOMParser (outside a browser) or the snippet is not well-formed; the
 * caller turns that into a reason.
 */
export function parseHtmlInertly(html: string): ParsedDocument {
  if (!isSimpleMarkup(html)) throw new Error('The snippet is not simple, well-formed markup.');
  // One root element around the snippet, as XML needs; a snippet that closes it early leaves
  // content after the root, which is a parse error.
  const wrapped = `<snippet>${html}</snippet>`;
  const input = inertHtmlPolicy()?.createHTML(wrapped) ?? wrapped;
  // The DOM typings do not know TrustedHTML yet; at run time parseFromString accepts it.
  const document = new DOMParser().parseFromString(input as string, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) throw new Error('The snippet is not well-formed.');
  // isSimpleMarkup already refuses every way into a namespace; should one slip past it, the
  // snippet is refused all the same rather than read as HTML, SVG or MathML.
  if (hasNamespacedNode(document)) throw new Error('The snippet uses an XML namespace.');
  return document;
}

function hasNamespacedNode(document: Document): boolean {
  return Array.from(document.getElementsByTagName('*')).some(
    (element) => element.namespaceURI !== null || Array.from(element.attributes).some((attribute) => attribute.namespaceURI !== null),
  );
}
