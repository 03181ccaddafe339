import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { checkoutSchema, type Checkout } from '../contract/payson.ts';
import type { CheckoutStore } from './store.ts';

/**
 * Payson's embedded checkout page, as the snippet's URL shows it: text only, every value escaped, no
 * script, and a CSP that allows nothing but its own inline style. The dashboard frames it as a preview.
 */

export const EMBED_PATH = '/embedded/checkout';
const SCRIPT_PATH = '/embedded/payson.js';

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2433}
main{max-width:34rem;margin:1rem auto;background:#fff;border-radius:8px;padding:1.25rem 1.5rem;box-shadow:0 1px 3px #0002}
header{display:flex;justify-content:space-between;color:#0b7a55;font-weight:700}
h1{font-size:1.2rem;margin:.75rem 0 .25rem}table{width:100%;border-collapse:collapse;margin:1rem 0}
th,td{text-align:left;padding:.35rem 0;border-bottom:1px solid #e3e6ea}td.n,th.n{text-align:right}
tfoot th,tfoot td{font-weight:700;border:0}.note{color:#5b6475;font-size:.85rem}`;

const styleHash = createHash('sha256').update(STYLE).digest('base64');
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "base-uri 'none'",
  "form-action 'none'",
  // The dashboard in sandbox mode runs on loopback, on whichever port.
  'frame-ancestors http://localhost:* http://127.0.0.1:*',
].join('; ');

/** Payson's own script creates the iframe from #paysonContainer[url]; this one does just that. */
const PAYSON_SCRIPT = `/* Payson embedded checkout (sandbox) */
(function () {
  var container = document.getElementById('paysonContainer');
  var url = container && container.getAttribute('url');
  if (!url) return;
  var frame = document.createElement('iframe');
  frame.id = 'paysonIframe';
  frame.title = 'Payson Checkout';
  frame.src = url;
  frame.style.cssText = 'width:100%;min-height:480px;border:0';
  container.appendChild(frame);
})();
`;

const STATUS_TEXT: Record<string, string> = {
  created: 'Skapad',
  formsFilled: 'Formulär ifyllt',
  readyToPay: 'Redo att betala',
  processingPayment: 'Betalning pågår',
  readyToShip: 'Betald, väntar på leverans',
  shipped: 'Levererad',
  paidToAccount: 'Utbetald',
  canceled: 'Avbruten',
  expired: 'Utgången',
  denied: 'Nekad',
};

export function createEmbedPage(store: CheckoutStore): Hono {
  const app = new Hono();
  const securityHeaders = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };

  app.get(EMBED_PATH, (c) => {
    const found = store.find(c.req.query('id') ?? '');
    const parsed = found && checkoutSchema.safeParse(found.checkout);
    if (!found || !parsed?.success) {
      return c.html(page('Köpet hittades inte', '<p>Det finns inget köp med det id:t.</p>'), 404, securityHeaders);
    }
    return c.html(page(found.company.name, checkoutBody(parsed.data)), 200, securityHeaders);
  });

  app.get(SCRIPT_PATH, (c) =>
    c.body(PAYSON_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'x-content-type-options': 'nosniff' }),
  );
  return app;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, content: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Payson – ${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main><header><span>Payson</span><span>Sandlåda</span></header><h1>${escapeHtml(title)}</h1>${content}
<p class="note">En simulerad Payson Checkout. Ingen betalning görs här.</p></main></body></html>`;
}

function checkoutBody(checkout: Checkout): string {
  const currency = (checkout.order?.currency ?? 'sek').toUpperCase();
  const rows = (checkout.order?.items ?? [])
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.name ?? '')}</td><td class="n">${escapeHtml(String(item.quantity ?? ''))}</td>` +
        `<td class="n">${escapeHtml(money(item.totalPriceIncludingTax, currency))}</td></tr>`,
    )
    .join('');
  const customer = [checkout.customer?.firstName, checkout.customer?.lastName].filter(Boolean).join(' ');
  return `<p>Status: ${escapeHtml(STATUS_TEXT[checkout.status] ?? checkout.status)}</p>
${customer ? `<p>Kund: ${escapeHtml(customer)}</p>` : ''}
<table><thead><tr><th>Artikel</th><th class="n">Antal</th><th class="n">Belopp</th></tr></thead><tbody>${rows}</tbody>
<tfoot><tr><th colspan="2">Att betala</th><td class="n">${escapeHtml(money(checkout.order?.totalPriceIncludingTax, currency))}</td></tr></tfoot></table>`;
}

function money(amount: number | undefined, currency: string): string {
  if (amount === undefined) return '–';
  try {
    return new Intl.NumberFormat('sv-SE', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`; // a currency code Intl does not know
  }
}
