/**
 * Whether a snippet is simple, well-formed markup: one or more empty elements
 * (`<tag attr="…"></tag>` or `<tag attr="…"/>`) with quoted attributes, whitespace between them and
 * nothing else. Both formats Payson publishes are this shape.
 *
 * This check only ever rejects; what passes is still parsed by DOMParser and validated. It exists
 * because a snippet DOMParser cannot parse as XML makes Chromium build a `<parsererror>` document
 * whose inline style the page's CSP reports as a violation, and because a namespaced snippet would
 * build HTML, SVG or MathML elements whose inline styles and handlers it reports too: no name has a
 * prefix and no attribute name starts with `xml` (reserved by XML, `xmlns` among them), so every
 * element DOMParser builds is in no namespace (docs/decisions/004).
 */
// No `:` in a name: a prefix (`h:script`, `xlink:href`, `xmlns:h`) is how XML reaches a namespace.
const NAME = String.raw`[A-Za-z_][-A-Za-z0-9_.]*`;
// No `<` in a value (not XML) and no entity but &amp; (XML knows none of HTML's named ones).
const VALUE = String.raw`(?:"[^"<&]*(?:&amp;[^"<&]*)*"|'[^'<&]*(?:&amp;[^'<&]*)*')`;
const ATTRIBUTE = String.raw`\s+(${NAME})\s*=\s*${VALUE}`;
const ELEMENT = new RegExp(String.raw`\s*<([A-Za-z][A-Za-z0-9-]*)((?:${ATTRIBUTE.replace('(', '(?:')})*)\s*(?:/>|>\s*</\1\s*>)\s*`, 'y');
const ATTRIBUTES = new RegExp(ATTRIBUTE, 'g');

export function isSimpleMarkup(snippet: string): boolean {
  let elements = 0;
  ELEMENT.lastIndex = 0;
  while (ELEMENT.lastIndex < snippet.length) {
    const match = ELEMENT.exec(snippet);
    if (!match) return false;
    // XML refuses an attribute written twice on one element.
    const names = Array.from((match[2] ?? '').matchAll(ATTRIBUTES), (attribute) => attribute[1] ?? '');
    if (new Set(names).size !== names.length) return false;
    // A default namespace (`xmlns="http://www.w3.org/1999/xhtml"`, SVG's, MathML's) would make the
    // elements HTML, SVG or MathML again, whose `style` and `on…` attributes Chromium checks against
    // the CSP even in a document that never renders. Payson's snippets declare none.
    if (names.some((name) => name.toLowerCase().startsWith('xml'))) return false;
    elements += 1;
  }
  return elements > 0;
}
