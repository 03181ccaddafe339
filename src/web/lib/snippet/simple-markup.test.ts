import { describe, expect, it } from 'vitest';
import { isSimpleMarkup } from './simple-markup.ts';

const ID = 'a9e48054-20ab-49e6-84f1-a53d00b1a905';

describe('isSimpleMarkup', () => {
  it.each([
    ['Payson’s older iframe snippet', `<iframe id='checkoutIframe' name='checkoutIframe' src='http://embedded.payson.se/checkout?id=${ID}' style='width:100%; height: 100%' frameborder='0' scrolling='no'></iframe>`],
    ['Payson’s container and loader', `<div id="paysonContainer" url="https://test-www.payson.se/embedded/checkout?id=${ID}"></div><script src="https://test-www.payson.se/embedded/payson.js"></script>`],
    ['a self-closed element and whitespace', `\n  <div id="paysonContainer" url="https://www.payson.se/embedded/checkout?id=${ID}&amp;x=1" />\n`],
  ])('accepts %s', (_name, snippet) => {
    expect(isSimpleMarkup(snippet)).toBe(true);
  });

  it.each([
    ['nothing', ''],
    ['text only', 'hello'],
    ['an unclosed img', '<img src="x" onerror="alert(1)">'],
    ['an unquoted attribute', '<iframe src=https://evil.example></iframe>'],
    ['markup inside an attribute', `<iframe srcdoc="<script>alert(1)</script>"></iframe>`],
    ['an HTML entity', '<div id="paysonContainer" url="a&nbsp;b"></div>'],
    ['a raw ampersand', '<div url="a&b"></div>'],
    ['an attribute written twice', `<iframe src="a" src="b"></iframe>`],
    ['mismatched closing tag', '<iframe src="a"></IFRAME>'],
    ['content inside an element', '<script>alert(1)</script>'],
    ['a nested element', '<div><iframe src="a"></iframe></div>'],
    ['text after the markup', '<div url="a"></div> trailing'],
    ['a comment', '<!-- x --><div url="a"></div>'],
    ['an attribute without a value', '<iframe allowfullscreen src="a"></iframe>'],
    // Namespaces: each would build HTML, SVG or MathML elements inside the XML parse (issue 10).
    ['the XHTML default namespace', '<img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(1)"/>'],
    ['the SVG default namespace', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['the MathML default namespace', '<math xmlns="http://www.w3.org/1998/Math/MathML" style="color: red"/>'],
    ['an empty default namespace', '<div xmlns="" url="a"></div>'],
    ['xmlns in another letter case', '<img XMLNS="http://www.w3.org/1999/xhtml" onerror="alert(1)"/>'],
    ['a prefixed element', '<h:script xmlns:h="http://www.w3.org/1999/xhtml" src="https://evil.example/x.js"></h:script>'],
    ['a prefixed element without its declaration', '<h:img src="x"/>'],
    ['a namespace declared for a prefixed attribute', '<svg xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:alert(1)"/>'],
    ['a prefixed attribute alone', '<iframe xlink:href="a" src="b"></iframe>'],
    ['an xml: attribute', '<iframe xml:base="https://evil.example/" src="b"></iframe>'],
    ['a DOCTYPE declaring an entity', '<!DOCTYPE s [<!ENTITY ns "http://www.w3.org/1999/xhtml">]><img xmlns="&ns;" onerror="alert(1)"/>'],
    ['an entity in place of a namespace', '<img xmlns="&ns;" onerror="alert(1)"/>'],
    ['a character reference spelling a namespace', '<img xmlns="&#104;ttp://www.w3.org/1999/xhtml" onerror="alert(1)"/>'],
    ['a processing instruction', '<?xml-stylesheet href="https://evil.example/x.xsl"?><div url="a"></div>'],
    ['a CDATA section', '<![CDATA[<img onerror="alert(1)">]]><div url="a"></div>'],
  ])('rejects %s', (_name, snippet) => {
    expect(isSimpleMarkup(snippet)).toBe(false);
  });

  // Runs without a stopwatch: were the patterns to backtrack catastrophically, this would hang past
  // the test timeout rather than pass slowly.
  it('rejects long adversarial input', () => {
    expect(isSimpleMarkup(`<div ${'a="b" '.repeat(3000)}c="${'&amp;'.repeat(2000)}`)).toBe(false);
  });
});
