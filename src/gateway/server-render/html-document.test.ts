import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_STATE_ID, scriptSafeJson, type FirstScreenResult } from '../../contract/first-screen.ts';
import { firstScreenDocument } from './html-document.ts';
import { preloadsFor, type BuildManifest } from './preload-links.ts';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Payson checkouts admin</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/app-shell-1.js">
  </head>
  <body>
    <div id="root"></div>
    <noscript><p>The Payson checkouts admin needs JavaScript.</p></noscript>
  </body>
</html>`;

const HOSTILE_NAME = `</script><script>alert(1)</script><!-- $& $' \u2028`;

function screen(overrides: Partial<Extract<FirstScreenResult, { rendered: true }>> = {}) {
  return {
    rendered: true as const,
    language: 'sv',
    appHtml: '<div class="app"><td>Östlund &amp; Co $&amp;</td></div>',
    headHtml: '<title>Köp · Payson checkouts admin</title>',
    stateJson: scriptSafeJson({ customer: HOSTILE_NAME }),
    modules: [],
    ...overrides,
  };
}

/** The text of the state element as an HTML parser ends it: at the first `</script`. */
function stateElementText(html: string): string {
  const start = html.indexOf(`<script type="application/json" id="${FIRST_SCREEN_STATE_ID}">`);
  const open = html.indexOf('>', start) + 1;
  return html.slice(open, html.toLowerCase().indexOf('</script', open));
}

describe('scriptSafeJson', () => {
  it('writes no character that could end or comment out a script element, and reads back the same', () => {
    const json = scriptSafeJson({ name: HOSTILE_NAME, amp: 'a & b > c' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: HOSTILE_NAME, amp: 'a & b > c' });
  });
});

describe('firstScreenDocument', () => {
  it('puts the markup in #root, the state after it as JSON data, the title and language in the head', () => {
    const html = firstScreenDocument(TEMPLATE, screen(), { scripts: [], styles: [] })!;
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<div id="root"><div class="app"><td>Östlund &amp; Co $&amp;</td></div></div>');
    expect(html).toContain('<title>Köp · Payson checkouts admin</title>');
    expect(html).not.toContain('<title>Payson checkouts admin</title>');
    // The state survives a hostile name: the element ends where it should and parses to the name.
    expect(JSON.parse(stateElementText(html))).toEqual({ customer: HOSTILE_NAME });
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('keeps the template`s title when React hoisted none', () => {
    const html = firstScreenDocument(TEMPLATE, screen({ headHtml: '' }), { scripts: [], styles: [] })!;
    expect(html).toContain('<title>Payson checkouts admin</title>');
  });

  it('adds the links index.html lacks, once', () => {
    const html = firstScreenDocument(TEMPLATE, screen(), {
      scripts: ['/assets/app-shell-1.js', '/assets/detail-2.js'],
      styles: ['/assets/detail-3.css'],
    })!;
    expect(html.match(/app-shell-1\.js/g)).toHaveLength(1);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/detail-2.js">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/detail-3.css">');
    expect(html.indexOf('detail-3.css')).toBeLessThan(html.indexOf('</head>'));
  });

  it('declines a template without #root, and state that was not made script-safe', () => {
    expect(firstScreenDocument(TEMPLATE.replace('<div id="root"></div>', ''), screen(), { scripts: [], styles: [] })).toBeUndefined();
    expect(firstScreenDocument(TEMPLATE, screen({ stateJson: JSON.stringify({ name: HOSTILE_NAME }) }), { scripts: [], styles: [] })).toBeUndefined();
  });
});

describe('preloadsFor', () => {
  const manifest: BuildManifest = {
    'index.html': { file: 'assets/index-abc.js', isEntry: true, css: ['assets/index.css'] },
    _shared: { file: 'assets/shared-1.js', css: ['assets/shared.css'], imports: ['index.html'] },
    'src/web/features/checkout-detail/checkout-detail-route.tsx': {
      file: 'assets/detail-2.js',
      css: ['assets/detail.css'],
      imports: ['_shared', 'index.html'],
    },
  };

  it('follows a module`s static imports to their chunks and style sheets, leaving the entry out', () => {
    expect(preloadsFor(manifest, ['src/web/features/checkout-detail/checkout-detail-route.tsx', 'unknown.ts'])).toEqual({
      scripts: ['/assets/detail-2.js', '/assets/shared-1.js'],
      styles: ['/assets/detail.css', '/assets/shared.css'],
    });
  });
});
