import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/**
 * Starts the app exactly as `npm run serve` does (gateway + built SPA + sandbox, one process) in
 * its own process group, so stopping it also stops npx's and tsx's children: no strays.
 */

export const REPO_ROOT = resolve(import.meta.dirname, '..');

export interface AppServer {
  origin: string;
  /** Spawn to the first answer of /api/config. */
  startupMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

// Whatever ends the benchmark (an error, Ctrl-C), the servers it started end with it.
let hooksInstalled = false;
function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const child of running) killGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const child of running) killGroup(child, 'SIGKILL');
      process.exit(130);
    });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startAppServer(options: {
  checkoutsPerCompany: number;
  timeoutMs?: number;
  /** More environment for the app (e.g. DATABASE_URL); it wins over the benchmark's own. */
  env?: Record<string, string>;
  /** A fixed port instead of a free one. */
  port?: number;
}): Promise<AppServer> {
  installExitHooks();
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn('npx', ['tsx', 'src/server/start.ts'], {
    cwd: REPO_ROOT,
    detached: true, // its own process group, killed as one
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_REQUESTS: 'off', // a log line per request would be part of what we measure
      SANDBOX_CHECKOUTS_PER_COMPANY: String(options.checkoutsPerCompany),
      // Tokens outlive the run, so no refresh round trip lands inside a measurement.
      SANDBOX_TOKEN_TTL_SECONDS: '3600',
      // Closed-loop virtual users ask far faster than a person: the per-session rate limit would
      // answer most of them 429, and the benchmark would measure the limiter instead of the gateway.
      API_RATE_BURST: '1000000',
      API_RATE_PER_SECOND: '1000000',
      // Background indexing would read Payson while other figures are measured; its own bench turns it on.
      INDEX: 'off',
      ...options.env,
    },
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    // npx may exit before its grandchildren: make sure nothing of the group is left.
    killGroup(child, 'SIGKILL');
    running.delete(child);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${origin}/api/config`).then((response) => response.ok, () => false);
    if (ok) return { origin, startupMs: performance.now() - started, stop };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await stop();
  throw new Error(`The app did not start on ${origin}:\n${output}`);
}
