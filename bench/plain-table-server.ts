import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxDirect } from './accounts.ts';

/**
 * The floor for comparison: the same first page of checkouts as a plain server-rendered HTML table,
 * no JavaScript, no CSS file. Per request it asks the sandbox's Payson for the page (as the gateway
 * does, minus the session and the BokaMera hop) and renders the columns our list shows. The first
 * column's customer is a row header, like ours, so one probe finds the first row in both.
 */

interface PaysonCheckout {
  id: string;
  status?: string;
  customer?: { firstName?: string; lastName?: string; email?: string };
  order?: { currency?: string; totalPriceIncludingTax?: number; items?: unknown[] };
  history?: Record<string, string>;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

function formatTime(value: string | undefined): string {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? dateTime.format(time) : '—';
}

function formatAmount(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined) return '—';
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency ?? 'SEK' }).format(amount);
  } catch {
    return String(amount);
  }
}

function lastChange(history: Record<string, string> | undefined): string | undefined {
  const times = Object.values(history ?? {}).filter((value) => Number.isFinite(Date.parse(value)));
  return times.sort().at(-1);
}

function renderRow(checkout: PaysonCheckout): string {
  const name = [checkout.customer?.firstName, checkout.customer?.lastName].filter(Boolean).join(' ') || 'No name';
  const cells = [
    `<td><a href="checkouts/${encodeURIComponent(checkout.id)}">${escapeHtml(checkout.id.split('-')[0] ?? checkout.id)}</a></td>`,
    `<td>${escapeHtml(checkout.status ?? '')}</td>`,
    `<th scope="row">${escapeHtml(name)}</th>`,
    `<td>${escapeHtml(checkout.customer?.email ?? '—')}</td>`,
    `<td>${escapeHtml(formatAmount(checkout.order?.totalPriceIncludingTax, checkout.order?.currency))}</td>`,
    `<td>${checkout.order?.items?.length ?? 0}</td>`,
    `<td>${escapeHtml(formatTime(checkout.history?.['created']))}</td>`,
    `<td>${escapeHtml(formatTime(lastChange(checkout.history)))}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

function renderPage(checkouts: PaysonCheckout[], totalCount: number): string {
  const head = ['ID', 'Status', 'Customer', 'Email', 'Amount', 'Items', 'Created', 'Last change'].map((name) => `<th scope="col">${name}</th>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkouts</title></head><body>
<h1>Checkouts</h1><table><caption>Checkouts</caption><thead><tr>${head.join('')}</tr></thead>
<tbody>${checkouts.map(renderRow).join('\n')}</tbody></table><p>${totalCount} checkouts</p></body></html>`;
}

export interface PlainTableServer {
  origin: string;
  close(): Promise<void>;
}

export async function startPlainTableServer(sandbox: SandboxDirect): Promise<PlainTableServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!/^\/companies\/[^/]+\/checkouts$/.test(url.pathname)) {
      response.writeHead(404).end();
      return;
    }
    const query = new URLSearchParams({ page: url.searchParams.get('page') ?? '1' });
    const status = url.searchParams.get('status');
    if (status) query.set('status', status.charAt(0).toUpperCase() + status.slice(1));
    fetch(`${sandbox.paysonUrl}/Checkouts?${query}`, { headers: { authorization: sandbox.authorization } })
      .then(async (upstream) => {
        if (!upstream.ok) throw new Error(`Payson answered ${upstream.status}`);
        const page = (await upstream.json()) as { data: PaysonCheckout[]; totalCount: number };
        const html = renderPage(page.data, page.totalCount);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), 'cache-control': 'no-store' });
        response.end(html);
      })
      .catch((error: unknown) => {
        response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
