import type { Browser } from 'playwright-core';
import { listPagePath, listPath, signInToGateway } from './accounts.ts';
import { startAppServer } from './app-server.ts';
import { PROFILES } from './browser.ts';
import { coldLoad } from './first-row.ts';
import { median, round } from './stats.ts';

/**
 * How cost grows with data: the same list at two sandbox sizes, each on a freshly started app.
 * The sandbox generates checkouts lazily and builds a per-company status index on first use, so
 * the first filtered request pays for a scan; everything after should not depend on the size.
 */

/** The sandbox's default number of companies, which the benchmark keeps. */
const SANDBOX_COMPANIES = 2;

export interface ScaleResult {
  /** Both companies of the sandbox together. */
  totalCheckouts: number;
  companyCheckouts: number;
  startupMs: number;
  /** The first list request of a new session on a new server. */
  firstListMs: number;
  /** The first filtered list: builds the status index of the company. */
  firstStatusListMs: number;
  /** Medians of serial requests through the gateway, warm. */
  listMs: { firstPage: number; lastPage: number; statusFirstPage: number; statusDeepPage: number; oneCheckout: number };
  /** Cold load to the first row, unthrottled, warm server. */
  firstRowMs: number;
}

async function timedJson(url: string, cookie: string): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie: `session=${cookie}`, accept: 'application/json' } });
  const body: unknown = await response.json();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms, body };
}

async function medianMs(url: string, cookie: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push((await timedJson(url, cookie)).ms);
  return round(median(times), 2);
}

export async function measureScale(
  browser: Browser,
  perCompany: number,
  requests: number,
  coldLoads: number,
  warmUp: boolean,
): Promise<ScaleResult> {
  const app = await startAppServer({ checkoutsPerCompany: perCompany });
  try {
    const session = await signInToGateway(app.origin);
    const url = (page: number, status?: string) => `${app.origin}${listPath(session.companyId, page, status)}`;

    const first = await timedJson(url(1), session.cookie);
    const firstStatus = await timedJson(url(1, 'readyToShip'), session.cookie);
    const totalPages = (first.body as { totalPages: number }).totalPages;
    const statusPages = (firstStatus.body as { totalPages: number }).totalPages;
    const checkoutId = (first.body as { data: Array<{ id: string }> }).data[0]?.id ?? '';

    // The process is fresh: let the JIT settle on every route before timing them.
    for (let page = 1; page <= requests; page++) {
      await timedJson(url(page), session.cookie);
      await timedJson(url(page, 'readyToShip'), session.cookie);
    }

    const listMs = {
      firstPage: await medianMs(url(1), session.cookie, requests),
      lastPage: await medianMs(url(totalPages), session.cookie, requests),
      statusFirstPage: await medianMs(url(1, 'readyToShip'), session.cookie, requests),
      statusDeepPage: await medianMs(url(Math.max(1, statusPages - 1), 'readyToShip'), session.cookie, requests),
      oneCheckout: await medianMs(`${app.origin}/api/companies/${session.companyId}/checkouts/${checkoutId}`, session.cookie, requests),
    };

    const unthrottled = PROFILES[0];
    const target = { name: 'app' as const, origin: app.origin, path: listPagePath(session.companyId), sessionCookie: session.cookie };
    const loads: number[] = [];
    if (unthrottled) {
      if (warmUp) await coldLoad(browser, target, unthrottled);
      for (let run = 0; run < coldLoads; run++) loads.push((await coldLoad(browser, target, unthrottled)).firstRowMs);
    }
    return {
      totalCheckouts: perCompany * SANDBOX_COMPANIES,
      companyCheckouts: (first.body as { totalCount: number }).totalCount,
      startupMs: round(app.startupMs),
      firstListMs: round(first.ms, 2),
      firstStatusListMs: round(firstStatus.ms, 2),
      listMs,
      firstRowMs: round(median(loads)),
    };
  } finally {
    await app.stop();
  }
}
