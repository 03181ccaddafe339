import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { listPagePath, sandboxDirect, signInToGateway, waitForIndex } from './accounts.ts';
import { REPO_ROOT, startAppServer, type AppServer } from './app-server.ts';
import { launchBrowser, PROFILES } from './browser.ts';
import { checkBudgets } from './budgets.ts';
import { measureBundle } from './bundle-size.ts';
import { databaseLoadOptions, measureGatewayDatabase } from './database-load.ts';
import { measureFirstRow } from './first-row.ts';
import { measureGatewayLoad } from './gateway-load.ts';
import { measureHeap } from './heap.ts';
import { measureInteractions } from './interactions.ts';
import { startPlainTableServer, STYLED_PREFIX, type PlainTableServer } from './plain-table-server.ts';
import { formatReport, type BenchResults } from './report.ts';
import { measureScale } from './scale.ts';
import { benchSettings } from './settings.ts';
import { round } from './stats.ts';

/**
 * `npm run bench` (after `vite build`) and `npm run bench:smoke` (dist/ already built): measures the
 * built app served by the real gateway in sandbox mode, prints a report with every budget met or
 * missed, and writes bench/results/latest.json. Timings are never asserted: only failures to run
 * make it exit non-zero.
 */

const settings = benchSettings(process.argv.includes('--smoke'));
const DIST = join(REPO_ROOT, 'dist');
const RESULTS = join(REPO_ROOT, 'bench/results/latest.json');

const progress = (message: string) => console.error(`[bench] ${message}`);

async function main(): Promise<void> {
  if (!existsSync(join(DIST, '.vite/manifest.json'))) {
    throw new Error('dist/ has no build: run `npm run bench` (which builds) or `npx vite build` first');
  }
  const started = performance.now();
  // Other work on the machine moves every figure here; the load average says how much there was.
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  let browser: Browser | undefined;
  let app: AppServer | undefined;
  let plain: PlainTableServer | undefined;
  try {
    progress(`starting the app (${settings.smallPerCompany} checkouts per company)`);
    // The sandbox in a process of its own, the gateway in live mode against it (app-server.ts).
    app = await startAppServer({ checkoutsPerCompany: settings.smallPerCompany });
    const session = await signInToGateway(app.origin);
    const direct = await sandboxDirect(app.origin, session.companyId);
    // With the index on, its first pass would compete with every figure: measure once it is done.
    const index = await waitForIndex(app.origin, session, progress);
    plain = await startPlainTableServer(direct, DIST);
    browser = await launchBrowser();

    progress(`cold loads: ${settings.coldLoadRuns} runs × ${PROFILES.length} profiles × (app, bare HTML, styled HTML)`);
    const path = listPagePath(session.companyId);
    const firstRow = await measureFirstRow(
      browser,
      [
        { name: 'app', origin: app.origin, path, sessionCookie: session.cookie },
        { name: 'plain', origin: plain.origin, path },
        { name: 'styled', origin: plain.origin, path: `${STYLED_PREFIX}${path}` },
      ],
      PROFILES,
      settings.coldLoadRuns,
      settings.warmUp,
    );
    await plain.close();
    plain = undefined;

    progress('bundle sizes');
    const unthrottledApp = firstRow.find((row) => row.target === 'app' && row.profile === 'unthrottled');
    const bundle = await measureBundle(DIST, unthrottledApp?.waterfall ?? []);

    progress(`interactions: ${settings.interactionRuns} runs`);
    const interactions = await measureInteractions(browser, app.origin, session.cookie, session.companyId, settings.interactionRuns, settings.warmUp);

    progress(`heap: ${settings.heapPages} pages, ${settings.heapOpens} checkouts`);
    const heap = await measureHeap(browser, app.origin, session.cookie, session.companyId, settings.heapPages, settings.heapOpens);

    progress(`gateway load: ${settings.loadUsers} users, ${settings.loadDurationMs / 1000} s per target`);
    const gateway = await measureGatewayLoad(app.origin, direct, {
      users: settings.loadUsers,
      warmupMs: settings.loadWarmupMs,
      durationMs: settings.loadDurationMs,
      maxRequests: settings.loadMaxRequests,
      sandboxProcess: 'own-process',
    });
    await app.stop();
    app = undefined;

    const database = await measureGatewayDatabase({ ...databaseLoadOptions(settings), progress });

    const scale = [];
    for (const perCompany of [settings.smallPerCompany, settings.largePerCompany]) {
      progress(`scale: ${perCompany} checkouts per company`);
      scale.push(await measureScale(browser, perCompany, settings.scaleRequests, settings.scaleColdLoads, settings.warmUp));
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      smoke: settings.smoke,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        browser: `Chromium ${browser.version()}`,
        platform: `${process.platform} ${process.arch}`,
        loadAverage: { atStart: round(loadAtStart, 2), atEnd: round(loadavg()[0] ?? Number.NaN, 2) },
      },
      settings: { ...settings },
      index,
      durationSeconds: 0,
      bundle,
      firstRow,
      interactions,
      heap,
      gateway,
      database,
      scale,
      budgets: checkBudgets({ bundle, firstRow, interactions, heap, gateway }),
    };
    results.durationSeconds = round((performance.now() - started) / 1000, 0);
    await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
    await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatReport(results));
    console.log(`\nWrote ${RESULTS}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await plain?.close().catch(() => undefined);
    await app?.stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
