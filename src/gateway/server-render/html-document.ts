import { FIRST_SCREEN_STATE_ID, type FirstScreenResult } from '../../contract/first-screen.ts';
import type { Preloads } from './preload-links.ts';

type Rendered = Extract<FirstScreenResult, { rendered: true }>;

const escapeAttribute = (value: string) =>
  value.replace(/[&"<>]/g, (char) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[char] ?? char);

/**
 * The built index.html with a server-rendered first screen in it: the app's markup in `#root`, the
 * hydration state as a non-executable JSON element (the CSP allows no inline script; the renderer
 * already escaped every `<` in it), the page's title, `<html lang>`, and links for the chunks and
 * style sheets the screen needs that index.html does not already name. Undefined when the template
 * is not the one expected (no `#root`): the caller serves index.html as it is.
 */
export function firstScreenDocument(template: string, screen: Rendered, preloads: Preloads): string | undefined {
  const root = '<div id="root"></div>';
  if (!template.includes(root) || !template.includes('</head>')) return undefined;
  if (/<\/script/i.test(screen.stateJson)) return undefined;

  const links = [
    ...preloads.scripts.filter((href) => !template.includes(`href="${href}"`)).map((href) => `<link rel="modulepreload" crossorigin href="${escapeAttribute(href)}">`),
    ...preloads.styles.filter((href) => !template.includes(`href="${href}"`)).map((href) => `<link rel="stylesheet" crossorigin href="${escapeAttribute(href)}">`),
  ];
  // Function replacements throughout: a `$&` in the markup (a customer's name) is text, not a pattern.
  let html = template.replace(/<html lang="[^"]*"/, () => `<html lang="${escapeAttribute(screen.language)}"`);
  // React's own title for the page replaces the generic one.
  if (/^<title>/.test(screen.headHtml)) html = html.replace(/<title>[^<]*<\/title>/, '');
  html = html.replace('</head>', () => `${screen.headHtml}${links.join('')}</head>`);
  const state = `<script type="application/json" id="${FIRST_SCREEN_STATE_ID}">${screen.stateJson}</script>`;
  return html.replace(root, () => `<div id="root">${screen.appHtml}</div>${state}`);
}
