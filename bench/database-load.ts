import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgresServer, type PostgresServer } from '../src/gateway/db/testing/postgres-server.ts';
import { BENCH_EMAIL, sandboxDirect, signInToGateway } from './accounts.ts';
import { startAppServer, type AppServer } from './app-server.ts';
import { gatewayListTarget, runLoad, sandboxListTarget, type LoadResult, type Target } from './gateway-load.ts';
import type { BenchSettings } from './settings.ts';
import { round } from './stats.ts';
import { SANDBOX_PASSWORD } from '../src/sandbox/accounts.ts';

/**
 * The gateway with its database: every /api request reads the session row, and a sign-in writes
 * one (plus an audit row). Measured on both backends the gateway supports, one after the other in
 * the same run: embedded PGlite (the default, in a fresh DATA_DIR) and a real PostgreSQL server
 * (a throwaway one on loopback). Per backend: sign-in (POST /api/session, the whole of it: the
 * identity provider's token, BokaMera's company, the session and audit rows) and the list page,
 * each at 1 and N closed-loop users; the list also straight at the sandbox, for the overhead.
 */

export type DatabaseBackend = 'pglite' | 'postgres';

export interface ListComparison {
  gateway: LoadResult;
  sandbox: LoadResult;
  overheadP50Ms: number;
  overheadP99Ms: number;
}

export interface BackendLoad {
  backend: DatabaseBackend;
  /** Spawn to the first answer of /api/config (includes opening the database and migrating it). */
  startupMs: number;
  signIn: { serial: LoadResult; loaded: LoadResult };
  list: { serial: ListComparison; loaded: ListComparison };
}

/**
 * The in-memory session store's figures of 2026-11-21 (README, Performance), the last before the
 * sessions moved into the database; that store no longer exists, so they can only be quoted. The
 * list route only: sign-in was not measured then.
 */
export const IN_MEMORY_FIGURES_2026_11_21 = {
  date: '2026-11-21',
  listOverheadP50Ms: { oneUser: 1.2, tenUsers: 13.2 },
  listTenUsers: { requestsPerSecond: 484, p50Ms: 20, p99Ms: 39 },
} as const;

export interface GatewayDatabaseLoad {
  backends: BackendLoad[];
  inMemory: typeof IN_MEMORY_FIGURES_2026_11_21;
}

export interface DatabaseLoadOptions {
  users: number;
  warmupMs: number;
  durationMs: number;
  maxRequests: number;
  checkoutsPerCompany: number;
  progress?: (message: string) => void;
}

/** The loads of this part as the benchmark's settings (full or smoke) size them. */
export function databaseLoadOptions(settings: BenchSettings): DatabaseLoadOptions {
  return {
    users: settings.loadUsers,
    warmupMs: settings.loadWarmupMs,
    durationMs: settings.databaseDurationMs,
    maxRequests: settings.loadMaxRequests,
    checkoutsPerCompany: settings.smallPerCompany,
  };
}

/** Every sign-in succeeds (one sandbox account, its right password): the throttle counts only failures. */
function signInTarget(origin: string): Target {
  return {
    name: 'sign-in',
    url: () => new URL('/api/session', origin),
    // The gateway refuses a state-changing request whose Origin is not its own.
    headers: () => ({ 'content-type': 'application/json', accept: 'application/json', origin }),
    method: 'POST',
    body: JSON.stringify({ email: BENCH_EMAIL, password: SANDBOX_PASSWORD }),
  };
}

function compare(gateway: LoadResult, sandbox: LoadResult): ListComparison {
  return { gateway, sandbox, overheadP50Ms: round(gateway.p50Ms - sandbox.p50Ms, 2), overheadP99Ms: round(gateway.p99Ms - sandbox.p99Ms, 2) };
}

async function measureBackend(backend: DatabaseBackend, app: AppServer, options: DatabaseLoadOptions): Promise<BackendLoad> {
  const { users, warmupMs, durationMs, maxRequests } = options;
  const session = await signInToGateway(app.origin);
  const direct = await sandboxDirect(app.origin, session.companyId);
  const signIn = signInTarget(app.origin);
  const gateway = await gatewayListTarget(app.origin, users);
  const sandbox = sandboxListTarget(direct);
  // Sign-ins are slower and heavier than list pages: half the window each is plenty of samples.
  const signInSerial = await runLoad(signIn, 1, warmupMs, durationMs / 2, maxRequests);
  const signInLoaded = await runLoad(signIn, users, warmupMs, durationMs / 2, maxRequests);
  const serialSandbox = await runLoad(sandbox, 1, warmupMs, durationMs / 2, maxRequests);
  const serialGateway = await runLoad(gateway, 1, warmupMs, durationMs / 2, maxRequests);
  const loadedSandbox = await runLoad(sandbox, users, warmupMs, durationMs, maxRequests);
  const loadedGateway = await runLoad(gateway, users, warmupMs, durationMs, maxRequests);
  return {
    backend,
    startupMs: round(app.startupMs, 0),
    signIn: { serial: signInSerial, loaded: signInLoaded },
    list: { serial: compare(serialGateway, serialSandbox), loaded: compare(loadedGateway, loadedSandbox) },
  };
}

async function withApp<T>(env: Record<string, string>, options: DatabaseLoadOptions, use: (app: AppServer) => Promise<T>): Promise<T> {
  const app = await startAppServer({ checkoutsPerCompany: options.checkoutsPerCompany, env });
  try {
    return await use(app);
  } finally {
    await app.stop();
  }
}

/** One backend's app, started, measured and stopped, with its database made and removed around it. */
async function measureOn(backend: DatabaseBackend, options: DatabaseLoadOptions): Promise<BackendLoad> {
  const progress = options.progress ?? (() => undefined);
  if (backend === 'pglite') {
    // A fresh folder, so the figures are of an empty database and the project's own .data/ is untouched.
    const dataDir = mkdtempSync(join(tmpdir(), 'payson-admin-bench-'));
    try {
      progress('database: gateway on embedded PGlite');
      return await withApp({ DATA_DIR: dataDir }, options, (app) => measureBackend('pglite', app, options));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  progress('database: gateway on PostgreSQL (a throwaway server)');
  let postgres: PostgresServer | undefined;
  try {
    postgres = await startPostgresServer();
    // A shared database requires a configured secret; any will do for a throwaway one.
    const env = { DATABASE_URL: postgres.url, SESSION_SECRET: randomBytes(32).toString('hex') };
    return await withApp(env, options, (app) => measureBackend('postgres', app, options));
  } finally {
    await postgres?.stop();
  }
}

/**
 * Both backends, one after the other. `order` lets repeated runs alternate which goes first, so a
 * trend in the machine's load does not always favour the same one.
 */
export async function measureGatewayDatabase(
  options: DatabaseLoadOptions & { order?: readonly DatabaseBackend[] },
): Promise<GatewayDatabaseLoad> {
  const backends: BackendLoad[] = [];
  for (const backend of options.order ?? (['pglite', 'postgres'] as const)) backends.push(await measureOn(backend, options));
  return { backends, inMemory: IN_MEMORY_FIGURES_2026_11_21 };
}
