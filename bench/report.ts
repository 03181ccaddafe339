import { ratio, REACT_ADMIN_PEER_GZIP_KB, type BudgetCheck } from './budgets.ts';
import type { BundleSizes } from './bundle-size.ts';
import type { GatewayDatabaseLoad } from './database-load.ts';
import type { ColdLoadSummary, WaterfallEntry } from './first-row.ts';
import type { GatewayLoad, LoadResult } from './gateway-load.ts';
import type { HeapResult, HeapSnapshot } from './heap.ts';
import type { InteractionSummary } from './interactions.ts';
import type { ScaleResult } from './scale.ts';

/** The printed report: one plain-text table per part, then the budgets, each met or missed. */

export interface BenchResults {
  date: string;
  smoke: boolean;
  machine: { cpus: number; cpuModel: string; node: string; browser: string; platform: string; loadAverage: { atStart: number; atEnd: number } };
  settings: Record<string, unknown>;
  /** The company's index when the measuring began (ready, off, or no index before issue 13). */
  index: string;
  durationSeconds: number;
  bundle: BundleSizes;
  firstRow: ColdLoadSummary[];
  interactions: InteractionSummary[];
  heap: HeapResult;
  gateway: GatewayLoad;
  database: GatewayDatabaseLoad;
  scale: ScaleResult[];
  budgets: BudgetCheck[];
}

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : cell)));
  const numeric = headers.map((_, column) => rows.every((row) => typeof row[column] === 'number'));
  const widths = headers.map((header, column) => Math.max(header.length, ...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

const kB = (bytes: number) => Math.round(bytes / 100) / 10;

function bundleSection(bundle: BundleSizes): string {
  const rows = bundle.firstScreen.map((chunk) => [chunk.file, chunk.name, chunk.kind, kB(chunk.rawBytes), kB(chunk.gzipBytes), kB(chunk.brotliBytes), kB(chunk.transferredBytes)]);
  rows.push(['JS total', '', '', kB(bundle.firstScreenJs.rawBytes), kB(bundle.firstScreenJs.gzipBytes), kB(bundle.firstScreenJs.brotliBytes), kB(bundle.firstScreenJs.transferredBytes)]);
  rows.push(['CSS total', '', '', kB(bundle.firstScreenCss.rawBytes), kB(bundle.firstScreenCss.gzipBytes), kB(bundle.firstScreenCss.brotliBytes), kB(bundle.firstScreenCss.transferredBytes)]);
  rows.push([`all JS in the build (${bundle.allJs.files} files)`, '', '', kB(bundle.allJs.rawBytes), kB(bundle.allJs.gzipBytes), kB(bundle.allJs.brotliBytes), '']);
  rows.push(['react-admin, the same list (peer, quoted)', '', '', '', REACT_ADMIN_PEER_GZIP_KB, '', '']);
  return `First screen (list page): JavaScript and CSS, kB (1000 B)\n${table(['file', 'chunk', 'kind', 'raw', 'gzip', 'brotli', 'sent'], rows)}`;
}

const PROFILE_LABELS: Record<ColdLoadSummary['profile'], string> = {
  unthrottled: 'unthrottled',
  cpu4x: '4x CPU',
  latency50: '50 ms latency',
};

const TARGET_LABELS: Record<ColdLoadSummary['target'], string> = { app: 'app', plain: 'bare HTML', styled: 'styled HTML' };

function firstRowSection(rows: ColdLoadSummary[]): string {
  const profiles = [...new Set(rows.map((row) => row.profile))];
  const times = (ms: number[]) => ms.map((value) => Math.round(value)).join(' ');
  const body = profiles.flatMap((profile) =>
    rows
      .filter((row) => row.profile === profile)
      .map((row) => [
        PROFILE_LABELS[profile],
        TARGET_LABELS[row.target],
        row.firstRowMs,
        row.target === 'app' ? `${ratio(rows, profile).ratio.toFixed(2)}×` : '',
        row.target === 'app' ? `${ratio(rows, profile, 'styled').ratio.toFixed(2)}×` : '',
        row.fcpMs,
        row.blockingMs,
        `${row.method}${row.inInitialHtml ? ', in HTML' : ''}`,
        times(row.allFirstRowMs),
      ]),
  );
  const waterfall = rows.find((row) => row.profile === 'latency50' && row.target === 'app')?.waterfall ?? [];
  return [
    `Cold load to the first checkout row on screen, ms (median of runs taken in turn; signed in, fresh context)\n${table(
      ['profile', 'page', 'first row', '÷ bare', '÷ styled', 'FCP', 'TBT', 'first row taken by', 'all runs'],
      body,
    )}`,
    `Waterfall of the median app load at 50 ms latency (start → end, ms)\n${waterfallLines(waterfall)}`,
  ].join('\n\n');
}

function waterfallLines(entries: WaterfallEntry[]): string {
  const shorten = (url: string) => url.replace(/\/api\/companies\/[^/]+/, '/api/companies/:id').replace(/-[\w-]{8}\.(js|css)$/, '.$1');
  return table(
    ['request', 'start', 'end'],
    [...entries].sort((a, b) => a.startMs - b.startMs).map((entry) => [shorten(entry.url), entry.startMs, entry.endMs]),
  );
}

function interactionSection(rows: InteractionSummary[]): string {
  const labels: Record<InteractionSummary['name'], string> = {
    nextPage: 'next page (prefetched)',
    statusFilter: 'status filter',
    openCheckout: 'open a checkout (first)',
    openAnotherCheckout: 'open another checkout',
  };
  return `Interactions at normal speed, click → new content painted (median)\n${table(
    ['interaction', 'ms', 'frames', 'longest task', 'TBT', 'event', 'script ms', 'worst task', 'long tasks (all runs)', 'runs'],
    rows.map((row) => [
      labels[row.name],
      row.latencyMs,
      row.frames,
      row.longestTaskMs,
      row.blockingMs,
      row.eventDurationMs,
      row.scriptMs,
      row.worstLongTaskMs,
      row.longTasksInAllRuns,
      row.runs,
    ]),
  )}`;
}

function heapSection(heap: HeapResult): string {
  const row = (label: string, snapshot: HeapSnapshot) => [label, snapshot.heapMB, snapshot.domNodes, snapshot.listeners];
  return `JS heap after GC (${heap.pages} pages + ${heap.opens} checkouts in ${heap.walkSeconds} s; ${heap.apiJsonMB} MB of /api JSON received)\n${table(
    ['moment', 'heap MB', 'DOM nodes', 'listeners'],
    [
      row('first page', heap.firstPage),
      row('warmed up, cache expired', heap.warmedUp),
      row('after the walk', heap.afterWalk),
      row('after the cache expired', heap.afterCacheExpiry),
    ],
  )}`;
}

const LOAD_TARGETS: Record<LoadResult['target'], string> = {
  sandbox: 'sandbox direct (Payson list)',
  gateway: 'gateway: list route (JSON)',
  html: 'gateway: list URL (HTML)',
  'sign-in': 'gateway: sign-in',
};

function gatewaySection(load: GatewayLoad): string {
  const row = (result: LoadResult) => [LOAD_TARGETS[result.target], result.users, result.requestsPerSecond, result.p50Ms, result.p90Ms, result.p99Ms, result.errors];
  const where = load.sandboxProcess === 'own-process' ? 'the sandbox in its own process, the gateway in live mode against it' : "the sandbox in the gateway's process";
  const { render } = load;
  return `List route under load (closed loop, keep-alive, loopback; ${where}; list served ${load.listSource})\n${table(
    ['target', 'users', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'errors'],
    [
      row(load.serial.sandbox),
      row(load.serial.gateway),
      row(load.loaded.sandbox),
      row(load.loaded.gateway),
      row(render.serial),
      row(render.loaded),
    ],
  )}
Gateway overhead on the list route, p50 / p99: ${load.serial.overheadP50Ms} / ${load.serial.overheadP99Ms} ms (1 user), ${load.loaded.overheadP50Ms} / ${
    load.loaded.overheadP99Ms
  } ms (${load.loaded.gateway.users} users)
Server render cost per request, the list URL's HTML signed in (${render.htmlBytes} B, ${
    render.rendered ? 'rows rendered by the server' : 'NOT server-rendered: the SPA shell, so this is only the cost of serving index.html'
  }): p50 / p99 ${render.serial.p50Ms} / ${render.serial.p99Ms} ms (1 user), ${render.loaded.p50Ms} / ${render.loaded.p99Ms} ms (${render.loaded.users} users)`;
}

const BACKEND_LABELS = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const;

export function databaseSection(load: GatewayDatabaseLoad): string {
  const rows = load.backends.flatMap((backend) => {
    const label = BACKEND_LABELS[backend.backend];
    const row = (what: string, result: LoadResult, overhead?: { p50: number; p99: number }) => [
      label,
      what,
      result.users,
      result.requestsPerSecond,
      result.p50Ms,
      result.p99Ms,
      overhead?.p50 ?? Number.NaN,
      overhead?.p99 ?? Number.NaN,
      result.errors,
    ];
    const { serial, loaded } = backend.list;
    return [
      row('sign-in', backend.signIn.serial),
      row('sign-in', backend.signIn.loaded),
      row('list page', serial.gateway, { p50: serial.overheadP50Ms, p99: serial.overheadP99Ms }),
      row('list page', loaded.gateway, { p50: loaded.overheadP50Ms, p99: loaded.overheadP99Ms }),
    ];
  });
  const memory = load.inMemory;
  return `The gateway with its database (closed loop, keep-alive, loopback; overhead = gateway − sandbox direct)
${table(
    ['database', 'route', 'users', 'req/s', 'p50 ms', 'p99 ms', '+p50 ms', '+p99 ms', 'errors'],
    rows,
  )}
In-memory sessions, ${memory.date} (quoted): list overhead at p50 ${memory.listOverheadP50Ms.oneUser} ms (1 user), ${
    memory.listOverheadP50Ms.tenUsers
  } ms (10 users); 10 users ${memory.listTenUsers.requestsPerSecond} req/s, p50 ${memory.listTenUsers.p50Ms} ms, p99 ${memory.listTenUsers.p99Ms} ms`;
}

function scaleSection(rows: ScaleResult[]): string {
  const columns = rows.map((row) => `${row.totalCheckouts.toLocaleString('en-GB')}`);
  const line = (label: string, pick: (row: ScaleResult) => number) => [label, ...rows.map(pick)];
  return `The list at two sandbox sizes (ms; gateway, serial, warm unless said)\n${table(
    ['checkouts in the sandbox', ...columns],
    [
      line('server start-up', (row) => row.startupMs),
      line('first list request (cold)', (row) => row.firstListMs),
      line('first filtered list (builds the index)', (row) => row.firstStatusListMs),
      line('page 1', (row) => row.listMs.firstPage),
      line('last page', (row) => row.listMs.lastPage),
      line('readyToShip, page 1', (row) => row.listMs.statusFirstPage),
      line('readyToShip, deep page', (row) => row.listMs.statusDeepPage),
      line('one checkout', (row) => row.listMs.oneCheckout),
      line('first row, cold load, unthrottled', (row) => row.firstRowMs),
    ],
  )}`;
}

function budgetSection(checks: BudgetCheck[]): string {
  return `Budgets\n${table(
    ['', 'budget', 'limit', 'measured'],
    checks.map((check) => [check.limit === 'reported' ? '' : check.met ? 'met' : 'MISSED', check.budget, check.limit, check.measured]),
  )}`;
}

export function formatReport(results: BenchResults): string {
  const { machine } = results;
  const header = `Payson checkouts admin — benchmark${results.smoke ? ' (SMOKE: tiny counts, figures meaningless)' : ''}
${results.date}; ${machine.cpus} × ${machine.cpuModel}; Node ${machine.node}; ${machine.browser}; ${results.durationSeconds} s
index: ${results.index}; load average (1 min) ${machine.loadAverage.atStart} at start, ${machine.loadAverage.atEnd} at the end${
    Math.max(machine.loadAverage.atStart, machine.loadAverage.atEnd) > machine.cpus ? ': other work competed for the CPU, figures are inflated' : ''
  }`;
  return [
    header,
    bundleSection(results.bundle),
    firstRowSection(results.firstRow),
    interactionSection(results.interactions),
    heapSection(results.heap),
    gatewaySection(results.gateway),
    databaseSection(results.database),
    scaleSection(results.scale),
    budgetSection(results.budgets),
  ].join('\n\n');
}
