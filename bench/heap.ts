import type { Browser, CDPSession, Page } from 'playwright-core';
import { listPagePath } from './accounts.ts';
import { signedInContext } from './browser.ts';
import { checkoutLinkOfRow, clickCheckoutLink, ensureListShows, stepAndWait, trackRequests, waitForFirstRow } from './page-actions.ts';
import { PROBE_SCRIPT } from './probe.ts';
import { round } from './stats.ts';

/**
 * Memory over a long session in one tab: the JS heap (after a forced GC) on the first page, after
 * paging through N pages and opening M checkouts, and once the query cache's gcTime has passed.
 * TanStack Query keeps every page and checkout seen for gcTime (5 min by default), so growth during
 * the walk is the cache; "bounded" means it goes away when the cache lets go, i.e. nothing else
 * (DOM, listeners, closures) keeps it. Time is fast-forwarded with Playwright's clock, installed
 * before the app loads, so the app's own timers see those minutes pass.
 */

export interface HeapSnapshot {
  heapMB: number;
  domNodes: number;
  listeners: number;
}

export interface HeapResult {
  pages: number;
  opens: number;
  firstPage: HeapSnapshot;
  /** After a short walk and the cache's expiry: the code is loaded, the cache is empty. */
  warmedUp: HeapSnapshot;
  afterWalk: HeapSnapshot;
  /** After the clock passed the cache's gcTime (6 minutes), with the last page still on screen. */
  afterCacheExpiry: HeapSnapshot;
  /** JSON received from /api during the walk: what the cache holds, as text. */
  apiJsonMB: number;
  walkSeconds: number;
}

const CACHE_EXPIRY_MS = 6 * 60_000;
const WARM_UP_STEPS = 5;

async function snapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  // Twice: one collection can leave garbage that only a second one frees (weak references, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { heapMB: round(usage.usedSize / 1e6, 2), domNodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

function nextPage(page: Page): Promise<unknown> {
  return stepAndWait(page, 'rows', () => page.getByRole('button', { name: 'Next page' }).click());
}

/** Pages forward `pages` times, then opens `opens` checkouts row by row, paging on when a page is done. */
async function walk(page: Page, pages: number, opens: number): Promise<void> {
  for (let step = 0; step < pages; step++) await nextPage(page);
  let opened = 0;
  while (opened < opens) {
    const rows = await page.locator('table tbody tr').filter({ has: page.locator('a[href*="/checkouts/"]') }).count();
    const links = [];
    for (let row = 0; row < rows && opened + links.length < opens; row++) links.push(await checkoutLinkOfRow(page, row));
    for (const link of links) {
      await ensureListShows(page, link.id);
      await stepAndWait(page, 'checkout', () => clickCheckoutLink(page, link.id), link);
      opened++;
    }
    // Where the checkout replaced the list (no split view), come back to it before paging on.
    await ensureListShows(page, links.at(-1)?.id ?? '');
    if (opened < opens) await nextPage(page);
  }
}

export async function measureHeap(
  browser: Browser,
  origin: string,
  sessionCookie: string,
  companyId: string,
  pages: number,
  opens: number,
): Promise<HeapResult> {
  const context = await signedInContext(browser, origin, sessionCookie);
  try {
    const page = await context.newPage();
    await page.clock.install();
    await page.addInitScript(PROBE_SCRIPT);
    const network = trackRequests(page);
    let apiBytes = 0;
    page.on('requestfinished', (request) => {
      if (!request.url().includes('/api/')) return;
      void request.sizes().then((sizes) => (apiBytes += sizes.responseBodySize), () => undefined);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await page.goto(`${origin}${listPagePath(companyId)}`);
    await waitForFirstRow(page);
    await network.quiet();
    const firstPage = await snapshot(cdp);

    // A short walk first, then the cache's expiry: the heap then holds all the code these screens
    // run (compiled functions, inline caches) but no cached data, the fair baseline for "bounded".
    await walk(page, WARM_UP_STEPS, WARM_UP_STEPS);
    await network.quiet();
    await page.clock.fastForward(CACHE_EXPIRY_MS);
    await page.waitForTimeout(200);
    const warmedUp = await snapshot(cdp);

    apiBytes = 0;
    const started = performance.now();
    await walk(page, pages, opens);
    await network.quiet();
    const walkSeconds = (performance.now() - started) / 1000;
    const afterWalk = await snapshot(cdp);

    await page.clock.fastForward(CACHE_EXPIRY_MS);
    await page.waitForTimeout(200);
    const afterCacheExpiry = await snapshot(cdp);
    return { pages, opens, firstPage, warmedUp, afterWalk, afterCacheExpiry, apiJsonMB: round(apiBytes / 1e6, 2), walkSeconds: round(walkSeconds) };
  } finally {
    await context.close();
  }
}
