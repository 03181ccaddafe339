import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInToGateway } from './accounts.ts';
import { startAppServer } from './app-server.ts';
import { median, round } from './stats.ts';

/**
 * `npm run bench:index`: how long the index's first full pass of a company takes (issue 13: 5,000
 * checkouts from the sandbox in under a minute). The app runs as `npm run serve` does (gateway and
 * sandbox in one process, PGlite in a fresh data folder, INDEX on with its defaults); the clock runs
 * from the list request that starts the company's indexing to the freshness route saying `ready`
 * with every checkout indexed. A fresh server per run, median of 3. `--checkouts N` changes the size;
 * BENCH_PORT fixes the app's port.
 */

const RUNS = 3;
const TIMEOUT_MS = 5 * 60_000;
const POLL_MS = 100;

function checkoutsArgument(): number {
  const at = process.argv.indexOf('--checkouts');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 5000;
  if (!Number.isInteger(value) || value < 1) throw new Error('--checkouts needs a positive whole number');
  return value;
}

interface Freshness {
  state: string;
  indexed: number;
  expected: number | null;
  lastError?: string | null;
}

async function onePass(checkouts: number, port: number | undefined): Promise<number> {
  // An empty database each run: a pass over an index already filled would measure nothing.
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-index-'));
  const server = await startAppServer({ checkoutsPerCompany: checkouts, env: { INDEX: 'on', DATA_DIR: dataDir }, ...(port ? { port } : {}) });
  try {
    const { cookie, companyId } = await signInToGateway(server.origin);
    const get = (path: string) => fetch(`${server.origin}${path}`, { headers: { cookie: `session=${cookie}` } });
    const started = performance.now();
    // The list route learns the company's Payson credentials and starts its first pass.
    const list = await get(`/api/companies/${companyId}/checkouts`);
    if (!list.ok) throw new Error(`The list answered ${list.status}`);
    while (performance.now() - started < TIMEOUT_MS) {
      const freshness = (await (await get(`/api/companies/${companyId}/checkouts/index`)).json()) as Freshness;
      if (freshness.state === 'ready') {
        if (freshness.indexed !== checkouts) throw new Error(`Ready with ${freshness.indexed} of ${checkouts} checkouts indexed`);
        return performance.now() - started;
      }
      await new Promise((wait) => setTimeout(wait, POLL_MS));
    }
    throw new Error(`The first pass did not finish within ${TIMEOUT_MS / 1000} s`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const checkouts = checkoutsArgument();
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const runs: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const ms = await onePass(checkouts, port);
    console.error(`[bench] run ${run}: ${round(ms / 1000, 2)} s`);
    runs.push(ms);
  }
  const seconds = round(median(runs) / 1000, 1);
  console.log(`${new Date().toISOString()}; ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}; Node ${process.version}`);
  console.log(`load average (1 min) ${round(loadAtStart, 2)} at start, ${round(loadavg()[0] ?? Number.NaN, 2)} at the end`);
  console.log(`First full pass of ${checkouts.toLocaleString('en')} checkouts (PGlite, INDEX_CONCURRENCY 2): ${seconds} s median of ${RUNS} (goal: under 60 s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
