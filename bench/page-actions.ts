import type { CDPSession, Page } from 'playwright-core';
import type { ProbeEvent, ProbeLongTask, ProbeWatch } from './probe.ts';

/**
 * Driving the list page and timing one interaction with the probe: arm it, act, wait for the new
 * content's frame, then let the network settle so the interaction's follow-up work (a prefetch,
 * parsing it) is counted in its long tasks too.
 */

interface BenchWindow {
  __bench?: {
    firstRow: { afterPaintAt?: number };
    arm(kind: 'rows' | 'checkout', arg?: { id: string; shortId: string }): boolean;
    armed: Promise<ProbeWatch>;
    longTasks: ProbeLongTask[];
    events: ProbeEvent[];
  };
}

/** Counts the page's requests in flight, to wait for quiet (prefetches done) between steps. */
export function trackRequests(page: Page): { quiet(quietMs?: number, timeoutMs?: number): Promise<void> } {
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight++;
    lastChange = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async quiet(quietMs = 250, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (inFlight === 0 && Date.now() - lastChange >= quietMs) return;
        await new Promise((wait) => setTimeout(wait, 25));
      }
    },
  };
}

/**
 * Polls every 50 ms rather than every frame, so the wait adds little work to the load it times. A
 * function, not a string: the app's CSP forbids eval, which a string predicate would need.
 */
export async function waitForFirstRow(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench?.firstRow.afterPaintAt !== undefined, undefined, {
    polling: 50,
    timeout: 30_000,
  });
}

export interface InteractionTiming {
  /** Click (or select change) to the end of the frame that first showed the new content. */
  latencyMs: number;
  /** 1 = the new content was in the very next frame. */
  frames: number;
  longestTaskMs: number;
  /** Long tasks (≥ 50 ms, the Long Tasks API's threshold) from the input until the network was quiet. */
  longTaskCount: number;
  /** Σ(long task − 50 ms) from the input until the network was quiet again. */
  blockingMs: number;
  /** The longest Event Timing duration of the input itself (INP-like, 8 ms granularity). */
  eventDurationMs: number;
  /** JavaScript run on the main thread from the input until the network was quiet. */
  scriptMs: number;
}

/** Arms the probe, acts, and waits until the expected content has been on screen for a frame. */
export async function stepAndWait(
  page: Page,
  kind: 'rows' | 'checkout',
  act: () => Promise<void>,
  arg?: { id: string; shortId: string },
): Promise<ProbeWatch | undefined> {
  await page.evaluate(([kind, arg]) => (window as unknown as BenchWindow).__bench?.arm(kind, arg), [kind, arg] as const);
  await act();
  return page.evaluate(() => (window as unknown as BenchWindow).__bench?.armed);
}

export async function timeInteraction(
  page: Page,
  cdp: CDPSession,
  network: { quiet(): Promise<void> },
  kind: 'rows' | 'checkout',
  act: () => Promise<void>,
  arg?: { id: string; shortId: string },
): Promise<InteractionTiming> {
  const before = await mainThreadMs(cdp);
  const watch = await stepAndWait(page, kind, act, arg);
  await network.quiet();
  const spent = await mainThreadMs(cdp);
  const after = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    return { now: performance.now(), longTasks: bench?.longTasks ?? [], events: bench?.events ?? [] };
  });
  const inputAt = watch?.inputAt ?? Number.NaN;
  const tasks = after.longTasks.filter((task) => task.start + task.duration > inputAt && task.start <= after.now);
  const events = after.events.filter((event) => event.start >= inputAt - 1 && event.start <= (watch?.paintedAt ?? after.now));
  return {
    latencyMs: (watch?.paintedAt ?? Number.NaN) - inputAt,
    frames: watch?.framesAfterInput ?? Number.NaN,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    longTaskCount: tasks.length,
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    eventDurationMs: Math.max(0, ...events.map((event) => event.duration)),
    scriptMs: spent.scriptMs - before.scriptMs,
  };
}

/**
 * The renderer's main-thread script time so far (Performance.getMetrics): the difference over an
 * interaction says how much JavaScript it ran, even when React spread it over several frames.
 */
export async function mainThreadMs(cdp: CDPSession): Promise<{ scriptMs: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { scriptMs: (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000 };
}

/** The checkout a row links to, read from its first link: /companies/…/checkouts/<id>?… */
export async function checkoutLinkOfRow(page: Page, rowIndex: number): Promise<{ id: string; shortId: string; href: string }> {
  const link = page.locator('table tbody tr').nth(rowIndex).locator('a[href*="/checkouts/"]').first();
  const href = (await link.getAttribute('href')) ?? '';
  const id = decodeURIComponent(/\/checkouts\/([^/?#]+)/.exec(href)?.[1] ?? '');
  if (!id) throw new Error(`Row ${rowIndex} has no checkout link`);
  return { id, shortId: id.split('-')[0] ?? id, href };
}

/**
 * Clicks the link to a checkout in the list. Where the checkout opens in place of the list (a
 * narrow layout, or a build without the split view), the list is brought back first (history back),
 * untimed.
 */
export async function clickCheckoutLink(page: Page, checkoutId: string): Promise<void> {
  const link = page.locator(`table tbody tr a[href*="/checkouts/${encodeURIComponent(checkoutId)}"]`).first();
  await link.click();
}

export async function ensureListShows(page: Page, checkoutId: string): Promise<void> {
  const link = page.locator(`table tbody tr a[href*="/checkouts/${encodeURIComponent(checkoutId)}"]`).first();
  if ((await link.count()) > 0) return;
  await page.goBack();
  await link.waitFor({ timeout: 15_000 });
}
