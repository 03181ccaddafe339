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
  ])('rejects %s', (_name, snippet) => {
    expect(isSimpleMarkup(snippet)).toBe(false);
  });

  it('answers quickly on long adversarial input', () => {
    const started = performance.now();
    isSimpleMarkup(`<div ${'a="b" '.repeat(3000)}c="${'&amp;'.repeat(2000)}`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
