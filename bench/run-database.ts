import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './app-server.ts';
import { databaseLoadOptions, measureGatewayDatabase } from './database-load.ts';
import { databaseSection } from './report.ts';
import { benchSettings } from './settings.ts';
import { round } from './stats.ts';

/**
 * `npm run bench:database`: only the gateway-with-its-database part of `npm run bench` (sign-in and
 * the list page on PGlite and on PostgreSQL, at 1 and N users), for repeating it without the
 * browser parts. Needs no build. Writes bench/results/database.json. `--postgres-first` measures
 * PostgreSQL before PGlite (alternate it between repeated runs).
 */

const settings = benchSettings(process.argv.includes('--smoke'));
const RESULTS = join(REPO_ROOT, 'bench/results/database.json');

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? Number.NaN;
  const database = await measureGatewayDatabase({
    ...databaseLoadOptions(settings),
    order: process.argv.includes('--postgres-first') ? ['postgres', 'pglite'] : ['pglite', 'postgres'],
    progress: (message) => console.error(`[bench] ${message}`),
  });
  const results = {
    date: new Date().toISOString(),
    smoke: settings.smoke,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.version },
    // Other work on the machine moves every figure here; the load average says how much there was.
    loadAverage: { atStart: round(loadAtStart, 2), atEnd: round(loadavg()[0] ?? Number.NaN, 2) },
    database,
  };
  await mkdir(join(REPO_ROOT, 'bench/results'), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`${results.date}; ${results.machine.cpus} × ${results.machine.cpuModel}; Node ${results.machine.node}`);
  console.log(`load average (1 min) ${results.loadAverage.atStart} at start, ${results.loadAverage.atEnd} at the end\n`);
  console.log(databaseSection(database));
  console.log(`\nWrote ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
