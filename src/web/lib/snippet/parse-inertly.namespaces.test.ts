// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { parseHtmlInertly } from './parse-inertly.ts';

// The second line of defence alone: with the simple-markup check waved through, a namespaced
// element or attribute that DOMParser did build is still refused.
vi.mock('./simple-markup.ts', () => ({ isSimpleMarkup: () => true }));

describe('parseHtmlInertly behind a pre-check that lets everything through', () => {
  it.each([
    ['an element in the XHTML namespace', '<img xmlns="http://www.w3.org/1999/xhtml" src="x"/>'],
    ['an element in the SVG namespace', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['a prefixed element', '<h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x"/>'],
    ['a namespaced attribute', '<iframe xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="a" src="b"></iframe>'],
  ])('refuses %s', (_name, html) => {
    expect(() => parseHtmlInertly(html)).toThrow(/namespace/);
  });

  it('still parses plain elements', () => {
    expect(parseHtmlInertly('<iframe src="b"></iframe>').querySelectorAll('iframe')).toHaveLength(1);
  });
});
