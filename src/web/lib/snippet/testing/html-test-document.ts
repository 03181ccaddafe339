import type { ParsedDocument, ParsedElement } from '../embed-candidates.ts';

/**
 * A stand-in for `DOMParser` in node tests (no DOM test environment is installed). It follows the
 * parts of the WHATWG HTML tokenizer that decide which elements exist and what their attributes
 * say: comments and bogus comments, raw-text elements (script, style, iframe, textarea, title, …)
 * whose content is text, quoting and separator rules, the first of duplicate attributes winning,
 * character references in attribute values, a tag cut off by the end of input being dropped, and
 * template contents being outside the document. It does not build a tree (no foster parenting, no
 * foreign-content rules). Production never uses it; the browser tests run the same corpus through
 * the real DOMParser.
 */
export function parseHtmlForTests(html: string): ParsedDocument {
  const elements = tokenize(preprocess(html));
  return {
    querySelectorAll: (selectors) => elements.filter(compileSelectorList(selectors)),
  };
}

interface TestElement extends ParsedElement {
  readonly localName: string;
  readonly attributes: ReadonlyMap<string, string>;
}

/** Elements whose content the tokenizer reads as text up to the matching end tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Like raw text, but character references in the content are decoded. */
const ESCAPABLE_RAW_TEXT_ELEMENTS = new Set(['textarea', 'title']);

/** The input stream preprocessing: CR LF and CR become LF; NUL becomes U+FFFD. */
function preprocess(html: string): string {
  return html.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

function isWhitespace(char: string | undefined): boolean {
  return char === '\t' || char === '\n' || char === '\f' || char === ' ';
}

function isAsciiAlpha(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

function tokenize(input: string): TestElement[] {
  const elements: TestElement[] = [];
  let templateDepth = 0;
  let i = 0;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt === -1) break;
    const next = input[lt + 1];
    if (isAsciiAlpha(next)) {
      const tag = readTag(input, lt + 1);
      if (!tag) break; // end of input inside a tag: the tag is dropped
      i = tag.end;
      let textContent: string | null = null;
      if (tag.name === 'plaintext') {
        textContent = input.slice(i);
        i = input.length;
      } else if (RAW_TEXT_ELEMENTS.has(tag.name) || ESCAPABLE_RAW_TEXT_ELEMENTS.has(tag.name)) {
        const end = rawTextEnd(input, i, tag.name);
        const text = input.slice(i, end);
        textContent = ESCAPABLE_RAW_TEXT_ELEMENTS.has(tag.name) ? decodeCharacterReferences(text) : text;
        i = end;
      }
      if (templateDepth === 0) elements.push(element(tag.name, tag.attributes, textContent));
      if (tag.name === 'template') templateDepth += 1;
    } else if (next === '/') {
      if (isAsciiAlpha(input[lt + 2])) {
        const tag = readTag(input, lt + 2);
        if (!tag) break;
        if (tag.name === 'template' && templateDepth > 0) templateDepth -= 1;
        i = tag.end;
      } else {
        i = input[lt + 2] === '>' ? lt + 3 : skipPast(input, lt + 2, '>');
      }
    } else if (input.startsWith('<!--', lt)) {
      i = commentEnd(input, lt + 4);
    } else if (next === '!' || next === '?') {
      i = skipPast(input, lt + 2, '>'); // doctype, CDATA outside SVG, processing instruction
    } else {
      i = lt + 1; // a lone '<' is text
    }
  }
  return elements;
}

function element(
  localName: string,
  attributes: ReadonlyMap<string, string>,
  textContent: string | null,
): TestElement {
  return {
    localName,
    tagName: localName.toUpperCase(),
    attributes,
    // Only raw-text content is modelled; elements with child markup report null.
    textContent,
    getAttribute: (name) => attributes.get(name.toLowerCase()) ?? null,
  };
}

interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly end: number;
}

/** Reads a tag from its name to its '>'; undefined when the input ends first. */
function readTag(s: string, nameStart: number): Tag | undefined {
  let i = nameStart;
  let name = '';
  while (i < s.length && !isWhitespace(s[i]) && s[i] !== '/' && s[i] !== '>') {
    name += (s[i] ?? '').toLowerCase();
    i += 1;
  }
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < s.length && (isWhitespace(s[i]) || s[i] === '/')) i += 1;
    if (i >= s.length) return undefined;
    if (s[i] === '>') return { name, attributes, end: i + 1 };

    // The first character of a name may be '=' (`<a =x>`); the rest stop at '='.
    let attributeName = (s[i] ?? '').toLowerCase();
    i += 1;
    while (i < s.length && !isWhitespace(s[i]) && s[i] !== '/' && s[i] !== '>' && s[i] !== '=') {
      attributeName += (s[i] ?? '').toLowerCase();
      i += 1;
    }
    while (i < s.length && isWhitespace(s[i])) i += 1;

    let value = '';
    if (s[i] === '=') {
      i += 1;
      while (i < s.length && isWhitespace(s[i])) i += 1;
      const quote = s[i];
      if (quote === '"' || quote === "'") {
        const close = s.indexOf(quote, i + 1);
        if (close === -1) return undefined;
        value = s.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < s.length && !isWhitespace(s[i]) && s[i] !== '>') i += 1;
        value = s.slice(start, i);
      }
      value = decodeCharacterReferences(value);
    }
    if (!attributes.has(attributeName)) attributes.set(attributeName, value);
  }
}

/** Raw text ends at `</name` followed by whitespace, '/' or '>' (any letter case). */
function rawTextEnd(s: string, from: number, name: string): number {
  const endTag = new RegExp(`</${name}[\\t\\n\\f />]`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(s)?.index ?? s.length;
}

/** After `<!--`: `<!-->` and `<!--->` end at once; otherwise at `-->` or `--!>`. */
function commentEnd(s: string, from: number): number {
  if (s.startsWith('>', from)) return from + 1;
  if (s.startsWith('->', from)) return from + 2;
  const ends = [
    { at: s.indexOf('-->', from), length: 3 },
    { at: s.indexOf('--!>', from), length: 4 },
  ].filter((end) => end.at !== -1);
  if (ends.length === 0) return s.length;
  const first = ends.reduce((a, b) => (b.at < a.at ? b : a));
  return first.at + first.length;
}

function skipPast(s: string, from: number, char: string): number {
  const at = s.indexOf(char, from);
  return at === -1 ? s.length : at + 1;
}

/** A few named references plus every numeric one; enough for the corpus. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', colon: ':', sol: '/',
  bsol: '\\', period: '.', commat: '@', num: '#', percnt: '%', quest: '?', equals: '=',
  lpar: '(', rpar: ')', Tab: '\t', NewLine: '\n',
};
/** Legacy names a browser also decodes without ';' (unless followed by a letter, digit or '='). */
const LEGACY_NAMES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

function decodeCharacterReferences(value: string): string {
  return value.replace(
    /&(?:#[xX]([0-9A-Fa-f]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g,
    (match, hex: string | undefined, decimal: string | undefined, name: string | undefined, semicolon: string, offset: number) => {
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
      if (name === undefined) return match;
      const decoded = NAMED_REFERENCES[name];
      if (decoded === undefined) return match;
      if (semicolon === ';') return decoded;
      const following = value[offset + match.length];
      const legacy = LEGACY_NAMES.has(name) && !(following && /[A-Za-z0-9=]/.test(following));
      return legacy ? decoded : match;
    },
  );
}

function fromCodePoint(code: number): string {
  const invalid =
    !Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? '\uFFFD' : String.fromCodePoint(code);
}

/** Supports the selector forms the snippet code uses: `tag`, `[attr]`, `tag[attr]`, comma lists. */
function compileSelectorList(selectors: string): (element: TestElement) => boolean {
  const matchers = selectors.split(',').map((selector) => {
    const parts = /^\s*([A-Za-z][A-Za-z0-9-]*)?(?:\[([A-Za-z][A-Za-z0-9-]*)\])?\s*$/.exec(selector);
    const tag = parts?.[1]?.toLowerCase();
    const attribute = parts?.[2]?.toLowerCase();
    if (tag === undefined && attribute === undefined) {
      throw new Error(`The test document does not support the selector "${selector}"`);
    }
    return (element: TestElement) =>
      (tag === undefined || element.localName === tag) &&
      (attribute === undefined || element.attributes.has(attribute));
  });
  return (element) => matchers.some((matches) => matches(element));
}
