import type { Browser } from 'playwright-core';
import { listPagePath } from './accounts.ts';
import { signedInContext } from './browser.ts';
import { checkoutLinkOfRow, clickCheckoutLink, ensureListShows, timeInteraction, trackRequests, waitForFirstRow, type InteractionTiming } from './page-actions.ts';
import { PROBE_SCRIPT } from './probe.ts';
import { median, round } from './stats.ts';

/**
 * The list's interactions at normal speed, each run in a fresh signed-in context: go to the next
 * page (already prefetched by the list), change the status filter (not cached: a request), open a
 * checkout (its code and data not loaded yet) and open another one (code loaded).
 */

export const INTERACTIONS = ['nextPage', 'statusFilter', 'openCheckout', 'openAnotherCheckout'] as const;
export type InteractionName = (typeof INTERACTIONS)[number];

/** The median run of one interaction, plus what the budgets need from all runs. */
export interface InteractionSummary extends InteractionTiming {
  name: InteractionName;
  runs: number;
  allLatencyMs: number[];
  /** The worst run's longest task: the budget says none may pass 50 ms. */
  worstLongTaskMs: number;
  /** Long tasks (≥ 50 ms) over all runs of this interaction. */
  longTasksInAllRuns: number;
}

/** The filter the runs switch to; any status that is not the current one needs a request. */
const FILTER_STATUS = 'readyToShip';

async function oneRun(browser: Browser, origin: string, sessionCookie: string, companyId: string): Promise<Record<InteractionName, InteractionTiming>> {
  const context = await signedInContext(browser, origin, sessionCookie);
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    const network = trackRequests(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}${listPagePath(companyId)}`);
    await waitForFirstRow(page);
    await network.quiet(); // page 2 prefetched, counts loaded

    const nextPage = await timeInteraction(page, cdp, network, 'rows', () => page.getByRole('button', { name: 'Next page' }).click());
    const statusFilter = await timeInteraction(page, cdp, network, 'rows', async () => {
      await page.getByRole('combobox', { name: 'Status' }).selectOption(FILTER_STATUS);
    });
    const first = await checkoutLinkOfRow(page, 0);
    const second = await checkoutLinkOfRow(page, 1);
    const openCheckout = await timeInteraction(page, cdp, network, 'checkout', () => clickCheckoutLink(page, first.id), first);
    await ensureListShows(page, second.id);
    await network.quiet();
    const openAnotherCheckout = await timeInteraction(page, cdp, network, 'checkout', () => clickCheckoutLink(page, second.id), second);
    return { nextPage, statusFilter, openCheckout, openAnotherCheckout };
  } finally {
    await context.close();
  }
}

export async function measureInteractions(
  browser: Browser,
  origin: string,
  sessionCookie: string,
  companyId: string,
  runs: number,
  warmUp: boolean,
): Promise<InteractionSummary[]> {
  if (warmUp) await oneRun(browser, origin, sessionCookie, companyId); // not counted
  const results: Array<Record<InteractionName, InteractionTiming>> = [];
  for (let run = 0; run < runs; run++) results.push(await oneRun(browser, origin, sessionCookie, companyId));
  return INTERACTIONS.map((name) => {
    const timings = results.map((result) => result[name]);
    return {
      name,
      runs: timings.length,
      latencyMs: round(median(timings.map((timing) => timing.latencyMs))),
      frames: median(timings.map((timing) => timing.frames)),
      longestTaskMs: round(median(timings.map((timing) => timing.longestTaskMs))),
      longTaskCount: median(timings.map((timing) => timing.longTaskCount)),
      blockingMs: round(median(timings.map((timing) => timing.blockingMs))),
      eventDurationMs: round(median(timings.map((timing) => timing.eventDurationMs))),
      scriptMs: round(median(timings.map((timing) => timing.scriptMs))),
      allLatencyMs: timings.map((timing) => round(timing.latencyMs)),
      worstLongTaskMs: round(Math.max(0, ...timings.map((timing) => timing.longestTaskMs))),
      longTasksInAllRuns: timings.reduce((sum, timing) => sum + timing.longTaskCount, 0),
    };
  });
}
