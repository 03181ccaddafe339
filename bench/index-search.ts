import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import pg from 'pg';
import { gatewayConfigFromUrls } from '../src/gateway/config.ts';
import { createGateway } from '../src/gateway/create-gateway.ts';
import type { CheckoutIndexing } from '../src/gateway/checkout-index/checkout-indexing.ts';
import { openDatabase, type Database } from '../src/gateway/db/database.ts';
import { startPostgresServer, type PostgresServer } from '../src/gateway/db/testing/postgres-server.ts';
import type { GatewayEnv } from '../src/gateway/gateway-env.ts';
import { SANDBOX_API_KEY, SANDBOX_PASSWORD, sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from '../src/sandbox/start-sandbox.ts';
import { REPO_ROOT } from './app-server.ts';
import { buildSearchIndexes, dropSearchIndexes, fillCompany } from './index-fill.ts';
import { quantile, round, sortedCopy } from './stats.ts';

/**
 * `npm run bench:search`: the list from the index at a million checkouts (issue 13). For PGlite and
 * for PostgreSQL in turn: two companies of 500,000 indexed checkouts (bulk-loaded, index-fill.ts),
 * then through the gateway (`app.request`, signed in, the real routes, the sandbox for sign-in and
 * BokaMera) a search, filtered and sorted pages and the status counts, each ≥ 30 times (p50, p95),
 * and a CSV export of about 100,000 rows with this process's peak memory while it streams (the
 * gateway, and with PGlite the database too, run in this process). The indexer is not running:
 * the index is already full, as after a first pass.
 *
 * `--smoke`: 20,000 per company and 5 runs (proves the steps work). `--only=pglite|postgres`.
 * Writes bench/results/index-search.json.
 */

const smoke = process.argv.includes('--smoke');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const PER_COMPANY = smoke ? 20_000 : 500_000;
const RUNS = smoke ? 5 : 30;
const ORIGIN = 'http://bench.test';
const RESULTS = join(REPO_ROOT, 'bench/results/index-search.json');

/** The index is full already; a real indexer would only keep it fresh. */
const FULL_INDEX: CheckoutIndexing = { ensureIndexing: () => {}, refreshNow: async () => {}, recordCheckout: async () => {}, stop: async () => {} };

interface Timing {
  name: string;
  path: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  /** What the first answer said, to show the case is real (rows on the page, total). */
  rows: number;
  totalCount: number;
  totalIsEstimate: boolean;
}

interface ExportFigures {
  path: string;
  rows: number;
  bytes: number;
  ms: number;
  rowsPerSecond: number;
  /** This process before the export and at its peak while streaming (sampled every 20 ms). */
  rssBeforeMb: number;
  rssPeakMb: number;
  heapBeforeMb: number;
  heapPeakMb: number;
}

interface BackendFigures {
  backend: 'pglite' | 'postgres';
  loadSeconds: number;
  indexSeconds: number;
  timings: Timing[];
  exportCsv: ExportFigures;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const sandbox = await startSandbox({ ...sandboxOptionsFromEnv({}), companies: 2, checkoutsPerCompany: 10 });
  const backends: BackendFigures[] = [];
  try {
    for (const backend of ['pglite', 'postgres'] as const) {
      if (only && only !== backend) continue;
      backends.push(await measureBackend(backend, sandbox));
    }
  } finally {
    await sandbox.close();
  }
  const results = {
    date: new Date().toISOString(),
    smoke,
    perCompany: PER_COMPANY,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.version },
    // Other work on the machine moves every figure here; the load average says how much there was.
    loadAverage: { atStart: round(loadAtStart, 2), atEnd: round(loadavg()[0] ?? Number.NaN, 2) },
    backends,
  };
  await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`${results.date}; ${results.machine.cpus} × ${results.machine.cpuModel}; Node ${results.machine.node}`);
  console.log(`load average (1 min) ${results.loadAverage.atStart} at start, ${results.loadAverage.atEnd} at the end`);
  for (const figures of backends) {
    console.log(`\n${figures.backend}: 2 × ${PER_COMPANY.toLocaleString('en')} checkouts (load ${figures.loadSeconds} s, indexes ${figures.indexSeconds} s)`);
    console.log('| case | p50 ms | p95 ms | runs | rows | total |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const t of figures.timings) {
      console.log(`| ${t.name} | ${t.p50Ms} | ${t.p95Ms} | ${t.runs} | ${t.rows} | ${t.totalIsEstimate ? '≈' : ''}${t.totalCount} |`);
    }
    const e = figures.exportCsv;
    console.log(
      `export: ${e.rows} rows, ${round(e.bytes / 1e6, 1)} MB in ${e.ms} ms (${e.rowsPerSecond} rows/s); RSS ${e.rssBeforeMb} → peak ${e.rssPeakMb} MB, heap ${e.heapBeforeMb} → peak ${e.heapPeakMb} MB`,
    );
  }
  console.log(`\nWrote ${RESULTS}`);
}

async function measureBackend(backend: 'pglite' | 'postgres', sandbox: RunningSandbox): Promise<BackendFigures> {
  const progress = (message: string) => console.error(`[bench:search] ${backend}: ${message}`);
  let server: PostgresServer | undefined;
  let folder: string | undefined;
  let database: Database;
  if (backend === 'postgres') {
    server = await startPostgresServer();
    database = await openDatabase({ url: await createDatabase(server.url) });
  } else {
    folder = mkdtempSync(join(tmpdir(), 'bench-search-'));
    mkdirSync(folder, { recursive: true });
    database = await openDatabase({ dataDir: folder });
  }
  try {
    const app = createGateway(
      {
        ...gatewayConfigFromUrls(sandbox.urls, SANDBOX_API_KEY, { PUBLIC_ORIGIN: ORIGIN, API_RATE_BURST: '100000000', API_RATE_PER_SECOND: '100000000' }),
        sessionSecret: randomBytes(32).toString('base64url'),
      },
      { database, index: FULL_INDEX },
    );
    const admin = await signIn(app, 'admin@sandbox.test');
    const superadmin = await signIn(app, 'superadmin@sandbox.test');
    const companies = ((await (await get(app, superadmin.cookie, '/api/companies')).json()) as { companies: Array<{ id: string }> }).companies.map(
      (company) => company.id.toLowerCase(),
    );
    const own = admin.companyId.toLowerCase();
    const other = companies.find((id) => id !== own);
    if (!other) throw new Error('The sandbox has no second company');

    progress(`loading 2 × ${PER_COMPANY} checkouts`);
    let started = performance.now();
    await dropSearchIndexes(database);
    const now = Date.now();
    await fillCompany(database, own, PER_COMPANY, now);
    await fillCompany(database, other, PER_COMPANY, now);
    const loadSeconds = round((performance.now() - started) / 1000, 1);
    progress('building the indexes');
    started = performance.now();
    await buildSearchIndexes(database);
    const indexSeconds = round((performance.now() - started) / 1000, 1);

    const list = `/api/companies/${own}/checkouts`;
    const day = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const cases: Array<{ name: string; paths: string[] }> = [
      { name: 'default page (newest first)', paths: [list] },
      // Different words each run, so no run is answered from a cache the previous one warmed.
      { name: 'search: a last name', paths: ['ostlund', 'lindqvist', 'sjoberg', 'hakansson', 'bergstrom', 'nystrom'].map((q) => `${list}?q=${q}`) },
      { name: 'search: first and last name', paths: ['anna berg', 'erik lind', 'maja holm', 'bjorn ek'].map((q) => `${list}?q=${encodeURIComponent(q)}`) },
      { name: 'search: part of an e-mail', paths: ['anna.andersson', 'lisa.berg7', 'erik.lind12@'].map((q) => `${list}?q=${encodeURIComponent(q)}`) },
      { name: 'search: merchant reference', paths: ['BK-123456', 'BK-400001', 'BK-250000'].map((q) => `${list}?q=${q}`) },
      { name: 'search: common first name', paths: ['anna', 'erik', 'karin'].map((q) => `${list}?q=${q}`) },
      { name: 'filter: 2 statuses, by amount desc', paths: [`${list}?status=shipped&status=readyToShip&sort=amount&dir=desc`] },
      { name: 'filter: last 30 days + amount range, by customer', paths: [`${list}?createdFrom=${day(30)}&createdTo=${day(0)}&amountFrom=100&amountTo=2000&sort=customer&dir=asc`] },
      { name: 'filter: one status, by last change asc, 100 a page', paths: [`${list}?status=canceled&sort=lastChange&dir=asc&pageSize=100`] },
      { name: 'work queue (Needs attention)', paths: [`${list}?view=attention`] },
      { name: 'status counts', paths: [`${list}/status-counts`] },
      { name: 'All companies: search', paths: ['ostlund', 'lindqvist', 'sjoberg'].map((q) => `/api/companies/all/checkouts?q=${q}`) },
      { name: 'All companies: status counts', paths: ['/api/companies/all/checkouts/status-counts'] },
    ];
    const timings: Timing[] = [];
    for (const { name, paths } of cases) {
      const cookie = name.startsWith('All companies') ? superadmin.cookie : admin.cookie;
      timings.push(await timeCase(app, cookie, name, paths));
      progress(`${name}: p50 ${timings.at(-1)?.p50Ms} ms`);
    }

    progress('exporting');
    const exportCsv = await timeExport(app, admin.cookie, `${list}/export.csv?status=paidToAccount`);
    return { backend, loadSeconds, indexSeconds, timings, exportCsv };
  } finally {
    await database.close();
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

async function timeCase(app: Hono<GatewayEnv>, cookie: string, name: string, paths: string[]): Promise<Timing> {
  // One unmeasured round: the first of each query plans it and reads its pages into memory.
  for (const path of paths) await (await get(app, cookie, path)).arrayBuffer();
  const samples: number[] = [];
  let first: { data?: unknown[]; totalCount?: number; total?: number; totalIsEstimate?: boolean } | undefined;
  for (let run = 0; run < RUNS; run += 1) {
    const path = paths[run % paths.length] ?? '';
    const started = performance.now();
    const response = await get(app, cookie, path);
    const body = (await response.json()) as typeof first;
    samples.push(performance.now() - started);
    if (!response.ok) throw new Error(`${name}: ${path} answered ${response.status} ${JSON.stringify(body)}`);
    first ??= body;
  }
  const sorted = sortedCopy(samples);
  return {
    name,
    path: paths[0] ?? '',
    runs: RUNS,
    p50Ms: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    rows: first?.data?.length ?? 0,
    totalCount: first?.totalCount ?? first?.total ?? 0,
    totalIsEstimate: first?.totalIsEstimate ?? false,
  };
}

async function timeExport(app: Hono<GatewayEnv>, cookie: string, path: string): Promise<ExportFigures> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  }, 20);
  const started = performance.now();
  const response = await get(app, cookie, path);
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  const expected = Number(response.headers.get('x-total-count'));
  let bytes = 0;
  let lines = 0;
  // Read as a slow-ish client would, chunk by chunk, counting lines instead of keeping the text.
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines += 1;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  const rows = lines - 1;
  if (rows !== expected) throw new Error(`export streamed ${rows} rows, X-Total-Count said ${expected}`);
  const mb = (value: number) => round(value / 1_048_576, 1);
  return {
    path,
    rows,
    bytes,
    ms: round(ms, 0),
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    rssBeforeMb: mb(before.rss),
    rssPeakMb: mb(rssPeak),
    heapBeforeMb: mb(before.heapUsed),
    heapPeakMb: mb(heapPeak),
  };
}

async function signIn(app: Hono<GatewayEnv>, email: string): Promise<{ cookie: string; companyId: string }> {
  const response = await app.request(`${ORIGIN}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password: SANDBOX_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = /(?:^|,\s*)session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('Sign-in answered without a session cookie');
  const body = (await response.json()) as { user: { companyId: string } };
  return { cookie, companyId: body.user.companyId };
}

function get(app: Hono<GatewayEnv>, cookie: string, path: string): Promise<Response> {
  return Promise.resolve(app.request(`${ORIGIN}${path}`, { headers: { cookie: `session=${cookie}` } }));
}

async function createDatabase(serverUrl: string): Promise<string> {
  const name = `bench_search_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
