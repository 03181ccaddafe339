import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import type { SandboxDirect } from './accounts.ts';

/**
 * The floors for comparison: the same first page of checkouts as a plain server-rendered HTML
 * table, no JavaScript. `/companies/:id/checkouts` is bare (no CSS at all); under `/styled/` the
 * same table links the app's own stylesheets from the build (render-blocking, as in the app), the
 * floor of a styled server-rendered page. Per request it asks the sandbox's Payson for the page (as
 * the gateway does, minus the session and the BokaMera hop) and renders the columns our list shows.
 * The first column's customer is a row header, like ours, so one probe finds the first row in all.
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

function renderPage(checkouts: PaysonCheckout[], totalCount: number, stylesheets: readonly string[]): string {
  const head = ['ID', 'Status', 'Customer', 'Email', 'Amount', 'Items', 'Created', 'Last change'].map((name) => `<th scope="col">${name}</th>`);
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkouts</title>${links}</head><body>
<h1>Checkouts</h1><table><caption>Checkouts</caption><thead><tr>${head.join('')}</tr></thead>
<tbody>${checkouts.map(renderRow).join('\n')}</tbody></table><p>${totalCount} checkouts</p></body></html>`;
}

export interface PlainTableServer {
  origin: string;
  close(): Promise<void>;
}

/** The stylesheets the app's index.html links (its entry's CSS and the list route's), in order. */
export async function appStylesheets(distDir: string): Promise<string[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}

export const STYLED_PREFIX = '/styled';

/** `distDir`: the build, whose CSS the styled variant links and this server serves. */
export async function startPlainTableServer(sandbox: SandboxDirect, distDir: string): Promise<PlainTableServer> {
  const stylesheets = await appStylesheets(distDir);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const styled = url.pathname.startsWith(`${STYLED_PREFIX}/`);
    const pathname = styled ? url.pathname.slice(STYLED_PREFIX.length) : url.pathname;
    if (/^\/assets\/[\w.-]+\.css$/.test(pathname)) {
      readFile(join(distDir, normalize(pathname)))
        .then((css) => response.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'content-length': css.length, 'cache-control': 'no-store' }).end(css))
        .catch(() => response.writeHead(404).end());
      return;
    }
    if (!/^\/companies\/[^/]+\/checkouts$/.test(pathname)) {
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
        const html = renderPage(page.data, page.totalCount, styled ? stylesheets : []);
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
