import { describe, expect, it } from 'vitest';
import { parseHtmlForTests } from './html-test-document.ts';

/** The stand-in parser must agree with browsers on what the corpus relies on. */
function attributesOf(html: string, selector = 'iframe, [url]') {
  return Array.from(parseHtmlForTests(html).querySelectorAll(selector)).map((element) => ({
    tag: element.tagName,
    src: element.getAttribute('src'),
    url: element.getAttribute('url'),
    text: element.textContent,
  }));
}

describe('parseHtmlForTests', () => {
  it('reads double, single and unquoted attribute values', () => {
    expect(attributesOf(`<iframe src="a"></iframe><iframe src='b'></iframe><iframe src=c></iframe>`)).toEqual([
      { tag: 'IFRAME', src: 'a', url: null, text: '' },
      { tag: 'IFRAME', src: 'b', url: null, text: '' },
      { tag: 'IFRAME', src: 'c', url: null, text: '' },
    ]);
  });

  it('lower-cases tag and attribute names, keeps the first of duplicate attributes', () => {
    expect(attributesOf('<IFRAME SRC="a" src="b"></IFRAME>')).toEqual([{ tag: 'IFRAME', src: 'a', url: null, text: '' }]);
  });

  it('decodes character references in attribute values', () => {
    const [element] = attributesOf('<iframe src="&#106;&#x61;va&colon;&amp;&ampx&amp=&lt"></iframe>');
    expect(element?.src).toBe('java:&&ampx&amp=<');
  });

  it('reads an iframe’s content as text', () => {
    expect(attributesOf('<iframe src="a"><iframe src="b"></iframe></iframe>')).toEqual([
      { tag: 'IFRAME', src: 'a', url: null, text: '<iframe src="b">' },
    ]);
  });

  it('finds no elements in comments, script, textarea or template contents', () => {
    expect(
      attributesOf(
        '<!-- <iframe src=a> --><script><iframe src=b></script><textarea><iframe src=c></textarea><template><iframe src=d></iframe></template>',
      ),
    ).toEqual([]);
  });

  it('drops a tag cut off by the end of input', () => {
    expect(attributesOf('<iframe src="a"')).toEqual([]);
    expect(attributesOf('<iframe src="a')).toEqual([]);
  });

  it('reads `/` as an attribute separator and `>` inside quotes as part of the value', () => {
    expect(attributesOf('<iframe/src="a>b"></iframe>')).toEqual([{ tag: 'IFRAME', src: 'a>b', url: null, text: '' }]);
  });

  it('supports the selectors the snippet code uses and refuses others loudly', () => {
    const doc = parseHtmlForTests('<div id="x" url="u"></div><p url="v"></p>');
    expect(Array.from(doc.querySelectorAll('div[url]')).map((e) => e.getAttribute('url'))).toEqual(['u']);
    expect(() => doc.querySelectorAll('#x')).toThrow(/does not support/);
  });
});
