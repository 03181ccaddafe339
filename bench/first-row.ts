import type { Browser } from 'playwright-core';
import { applyProfile, signedInContext, type Profile } from './browser.ts';
import { waitForFirstRow } from './page-actions.ts';
import { PROBE_SCRIPT, type ProbeFirstRow, type ProbeLongTask } from './probe.ts';
import { median, medianIndex, round } from './stats.ts';

/**
 * Cold load to the first checkout row on screen: a fresh, signed-in context per run, straight to
 * the list URL, timed from navigation start by the in-page probe. The same probe times the plain
 * server-rendered table, the floor our figure is compared with.
 */

export interface Target {
  /** app: the dashboard; plain: the bare HTML table (no CSS, no script); styled: the same table with the app's CSS. */
  name: 'app' | 'plain' | 'styled';
  origin: string;
  path: string;
  /** The app needs its session cookie; the plain table needs none. */
  sessionCookie?: string;
}

export interface WaterfallEntry {
  /** Path (and query) of the request, or "document". */
  url: string;
  type: string;
  startMs: number;
  responseStartMs: number;
  endMs: number;
  transferBytes: number;
}

export interface ColdLoad {
  firstRowMs: number;
  /**
   * How firstRowMs was taken: Element Timing's paint time; else, for a row that came in the HTML,
   * the first contentful paint after it was parsed; else the frame after the row appeared.
   */
  method: 'element-timing' | 'first-paint' | 'next-frame';
  /** The row came in the HTML response (server rendering) rather than from script. */
  inInitialHtml: boolean;
  fcpMs?: number;
  lcpMs?: number;
  /** Σ(long task − 50 ms) before the first row. */
  blockingMs: number;
  waterfall: WaterfallEntry[];
}

export interface ColdLoadSummary {
  target: Target['name'];
  profile: Profile['id'];
  runs: number;
  firstRowMs: number;
  fcpMs: number;
  blockingMs: number;
  allFirstRowMs: number[];
  method: ColdLoad['method'];
  /** The median run's row came in the HTML response (server-rendered) rather than from script. */
  inInitialHtml: boolean;
  /** The median run's requests up to the first row: every round trip of the load. */
  waterfall: WaterfallEntry[];
}

const READ_PROBE = `(() => {
  const bench = window.__bench;
  const toEntry = (entry, url) => ({
    url, type: entry.initiatorType || entry.entryType,
    startMs: entry.startTime, responseStartMs: entry.responseStart, endMs: entry.responseEnd,
    transferBytes: entry.transferSize || 0,
  });
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return toEntry(entry, url.pathname + url.search);
  });
  return { firstRow: bench.firstRow, longTasks: bench.longTasks, paints: bench.paints, waterfall: [toEntry(nav, 'document'), ...resources] };
})()`;

interface ProbeRead {
  firstRow: ProbeFirstRow;
  longTasks: ProbeLongTask[];
  paints: Record<string, number>;
  waterfall: WaterfallEntry[];
}

export async function coldLoad(browser: Browser, target: Target, profile: Profile): Promise<ColdLoad> {
  const context = await signedInContext(browser, target.origin, target.sessionCookie);
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    await applyProfile(context, page, profile);
    await page.goto(`${target.origin}${target.path}`, { waitUntil: 'commit', timeout: 30_000 });
    await waitForFirstRow(page);
    // Element Timing entries are delivered a little after the paint.
    await page.waitForTimeout(50);
    const read = (await page.evaluate(READ_PROBE)) as ProbeRead;
    const { paintAt: elementTiming, inInitialHtml = false, seenAt = Number.NaN } = read.firstRow;
    const fcp = read.paints['first-contentful-paint'];
    // A row in the HTML is on screen at the first paint after the parser inserted it.
    const firstPaint = inInitialHtml && fcp !== undefined && fcp >= seenAt ? fcp : undefined;
    const firstRowMs = elementTiming ?? firstPaint ?? read.firstRow.afterPaintAt ?? Number.NaN;
    return {
      firstRowMs,
      method: elementTiming !== undefined ? 'element-timing' : firstPaint !== undefined ? 'first-paint' : 'next-frame',
      inInitialHtml,
      fcpMs: read.paints['first-contentful-paint'],
      lcpMs: read.paints['lcp'],
      blockingMs: read.longTasks.filter((task) => task.start < firstRowMs).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      waterfall: read.waterfall
        .filter((entry) => entry.startMs <= firstRowMs)
        .map((entry) => ({
          ...entry,
          startMs: round(entry.startMs),
          responseStartMs: round(entry.responseStartMs),
          endMs: round(entry.endMs),
        })),
    };
  } finally {
    await context.close();
  }
}

/** Runs the targets in turn (app, plain, styled, app, …) so drift on the machine affects all alike. */
export async function measureFirstRow(
  browser: Browser,
  targets: readonly Target[],
  profiles: readonly Profile[],
  runs: number,
  warmUp: boolean,
): Promise<ColdLoadSummary[]> {
  const summaries: ColdLoadSummary[] = [];
  for (const profile of profiles) {
    const loads = new Map<Target['name'], ColdLoad[]>(targets.map((target) => [target.name, []]));
    // One unmeasured load per target first: the server's and the browser's own first-time costs.
    if (warmUp) for (const target of targets) await coldLoad(browser, target, profile);
    for (let run = 0; run < runs; run++) {
      for (const target of targets) loads.get(target.name)?.push(await coldLoad(browser, target, profile));
    }
    for (const target of targets) {
      const all = loads.get(target.name) ?? [];
      const firstRows = all.map((load) => load.firstRowMs);
      const representative = all[medianIndex(firstRows)];
      summaries.push({
        target: target.name,
        profile: profile.id,
        runs: all.length,
        firstRowMs: round(median(firstRows)),
        fcpMs: round(median(all.map((load) => load.fcpMs ?? Number.NaN))),
        blockingMs: round(median(all.map((load) => load.blockingMs))),
        allFirstRowMs: firstRows.map((value) => round(value)),
        method: representative?.method ?? 'next-frame',
        inInitialHtml: representative?.inInitialHtml ?? false,
        waterfall: representative?.waterfall ?? [],
      });
    }
  }
  return summaries;
}
