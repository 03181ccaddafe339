import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Starts the app as production runs it: the sandbox alone in its own process (`npm run sandbox`),
 * standing in for the remote upstreams, and the gateway serving the built SPA in live mode against
 * it (`npm run serve` with the printed environment), so the sandbox's work does not queue on the
 * gateway's event loop. `sandbox: 'in-process'` starts `npm run serve` in sandbox mode instead (one
 * process, as before issue 14). Each process runs in its own process group, so stopping it also
 * stops anything they started: no strays.
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

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(undefined));
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      probe.close(() => resolvePort(bound));
    });
  });
}

/**
 * A free loopback port: from BENCH_PORTS (`5750-5799`) when set, so a shared machine's port plan
 * is kept, else any the system offers. Ports handed out are not offered again in this run.
 */
const handedOut = new Set<number>();
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS?.trim() ?? '');
  if (range) {
    for (let port = Number(range[1]); port <= Number(range[2]); port++) {
      if (handedOut.has(port)) continue;
      if ((await tryListen(port)) !== undefined) {
        handedOut.add(port);
        return port;
      }
    }
    throw new Error(`No free port in BENCH_PORTS=${process.env.BENCH_PORTS}`);
  }
  const port = await tryListen(0);
  if (port === undefined) throw new Error('No free port');
  return port;
}

interface Spawned {
  child: ChildProcess;
  /** The last few kB of its stdout and stderr, for the error when it does not start. */
  output(): string;
  stop(): Promise<void>;
}

function spawnGroup(args: string[], env: NodeJS.ProcessEnv, onStdout?: (chunk: string) => void): Spawned {
  // Node with tsx's loader directly: `npx tsx` would boot npm's CLI and a second Node per process.
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    detached: true, // its own process group, killed as one
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    keep(chunk);
    onStdout?.(chunk.toString());
  });
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return {
    child,
    output: () => output,
    async stop() {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
      // Make sure nothing of the group (a child the server started) is left.
      killGroup(child, 'SIGKILL');
      running.delete(child);
    },
  };
}

/** What `npm run sandbox` prints for a gateway in live mode (one NAME=value a line). */
const SANDBOX_PRINTS = ['SANDBOX_URL', 'IDENTITY_URL', 'BOKAMERA_URL', 'BOKAMERA_API_KEY', 'PAYSON_URL', 'PAYSON_EMBED_URLS'] as const;

/** `npm run sandbox` in a process of its own; resolves with the environment it printed. */
async function startSandboxProcess(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ sandbox: Spawned; printed: Record<string, string> }> {
  const printed: Record<string, string> = {};
  let stdout = '';
  let whenPrinted: () => void = () => undefined;
  const allPrinted = new Promise<void>((resolvePrinted) => {
    whenPrinted = resolvePrinted;
  });
  const sandbox = spawnGroup(['src/server/sandbox.ts'], env, (chunk) => {
    stdout += chunk;
    for (const line of stdout.split('\n')) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (match?.[1] && match[2] !== undefined) printed[match[1]] = match[2];
    }
    if (SANDBOX_PRINTS.every((name) => printed[name])) whenPrinted();
  });
  const exited = new Promise<'exited'>((resolveExit) => sandbox.child.once('exit', () => resolveExit('exited')));
  const timedOut = new Promise<'timeout'>((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), timeoutMs).unref());
  const outcome = await Promise.race([allPrinted.then(() => 'printed' as const), exited, timedOut]);
  if (outcome !== 'printed') {
    await sandbox.stop();
    throw new Error(`The sandbox did not start (${outcome}):\n${sandbox.output()}`);
  }
  return { sandbox, printed };
}

export async function startAppServer(options: {
  checkoutsPerCompany: number;
  timeoutMs?: number;
  /** More environment for the app (e.g. DATABASE_URL); it wins over the benchmark's own. */
  env?: Record<string, string>;
  /** Default 'own-process': the sandbox in its own process, the gateway in live mode against it. */
  sandbox?: 'own-process' | 'in-process';
  /** A fixed port instead of a free one. */
  port?: number;
}): Promise<AppServer> {
  installExitHooks();
  const timeoutMs = options.timeoutMs ?? 120_000;
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const sandboxEnv = {
    SANDBOX_CHECKOUTS_PER_COMPANY: String(options.checkoutsPerCompany),
    // Tokens outlive the run, so no refresh round trip lands inside a measurement.
    SANDBOX_TOKEN_TTL_SECONDS: '3600',
  };
  const gatewayEnv = {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_REQUESTS: 'off', // a log line per request would be part of what we measure
    // Closed-loop virtual users ask far faster than a person: the per-session rate limit would
    // answer most of them 429, and the benchmark would measure the limiter instead of the gateway.
    API_RATE_BURST: '1000000',
    API_RATE_PER_SECOND: '1000000',
    // Background indexing would read Payson while other figures are measured; its own bench turns it on.
    INDEX: 'off',
  };

  const cleanUp: Array<() => Promise<void> | void> = [];
  let gateway: Spawned;
  try {
    if ((options.sandbox ?? 'own-process') === 'own-process') {
      const sandboxPort = await freePort();
      const { sandbox, printed } = await startSandboxProcess(
        { ...process.env, ...sandboxEnv, SANDBOX_PORT: String(sandboxPort), HOST: '127.0.0.1' },
        timeoutMs,
      );
      cleanUp.push(() => sandbox.stop());
      // Live mode wants a public origin and a configured session secret. A data folder of the
      // benchmark's own (git-ignored, kept between runs so the database is not created each time)
      // keeps the project's .data/ and its generated key out of it.
      const dataDir = join(REPO_ROOT, '.data/bench');
      const { SANDBOX_URL: _origin, ...live } = printed;
      gateway = spawnGroup(['src/server/start.ts'], {
        ...process.env,
        ...live,
        ...gatewayEnv,
        PUBLIC_ORIGIN: origin,
        SESSION_SECRET: randomBytes(32).toString('hex'),
        DATA_DIR: dataDir,
        ...options.env,
      });
    } else {
      gateway = spawnGroup(['src/server/start.ts'], { ...process.env, ...sandboxEnv, ...gatewayEnv, ...options.env });
    }
  } catch (error) {
    for (const step of cleanUp.reverse()) await step();
    throw error;
  }

  const stop = async () => {
    await gateway.stop();
    for (const step of [...cleanUp].reverse()) await step();
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gateway.child.exitCode !== null) break;
    const ok = await fetch(`${origin}/api/config`).then((response) => response.ok, () => false);
    if (ok) return { origin, startupMs: performance.now() - started, stop };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const output = gateway.output();
  await stop();
  throw new Error(`The app did not start on ${origin}:\n${output}`);
}
