import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgresServer, type PostgresServer } from '../../src/gateway/db/testing/postgres-server.ts';
import { envLines, startProcess, type RunningProcess } from './processes.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.ts';

/**
 * Scale-out as it is deployed: one PostgreSQL server, one sandbox (`npm run sandbox`) standing in
 * for the upstreams, two gateways (`npm start`'s server in live mode against it) sharing
 * DATABASE_URL and SESSION_SECRET, and a round-robin proxy in front, whose origin is the one
 * PUBLIC_ORIGIN both gateways answer to. Ports: the proxy's, the two gateways' on the next two,
 * the sandbox's and PostgreSQL's on the two after.
 */
export interface TwoGateways {
  origin: string;
  gateways: GatewayProcess[];
  stop(): Promise<void>;
}

export interface GatewayProcess extends RunningProcess {
  name: string;
  /** The gateway's request log: one JSON line per request it answered. */
  requests(): LoggedRequest[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  /** The signed-in user's pseudonym, or 'none'. */
  user: string;
  requestId: string;
}

export async function startTwoGateways(proxyPort: number): Promise<TwoGateways> {
  const [gatewayPort1, gatewayPort2, sandboxPort, postgresPort] = [1, 2, 3, 4].map((offset) => proxyPort + offset) as [number, number, number, number];
  const dataDir = mkdtempSync(join(tmpdir(), 'payson-admin-e2e-two-gateways-'));
  const started: { stop(): Promise<void> }[] = [];
  const stop = async () => {
    // Gateways first (they hold the database), then what they use.
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const sandbox = startProcess('src/server/sandbox.ts', { SANDBOX_SEED: 'e2e', SANDBOX_PORT: String(sandboxPort), SANDBOX_TOKEN_TTL_SECONDS: '300' });
    started.push(sandbox);
    const postgresStarting = startPostgresServer({ port: postgresPort });
    const [postgres] = await Promise.all([postgresStarting, sandbox.waitFor((out) => 'PAYSON_EMBED_URLS' in envLines(out) && 'SANDBOX_URL' in envLines(out))]);
    started.push(postgres satisfies PostgresServer);

    const { SANDBOX_URL: _sandboxOrigin, ...upstreamEnv } = envLines(sandbox.stdout());
    const origin = `http://127.0.0.1:${proxyPort}`;
    const shared = {
      ...upstreamEnv,
      DATABASE_URL: postgres.url,
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      PUBLIC_ORIGIN: origin,
      UPSTREAM_TIMEOUT_MS: '2000',
      LOG_REQUESTS: 'on',
      // The journey counts the upstream calls the gateways make; background indexing would add its own.
      INDEX: 'off',
    };
    const gateways = [gatewayPort1, gatewayPort2].map((port, index): GatewayProcess => {
      const running = startProcess('src/server/start.ts', { ...shared, PORT: String(port), DATA_DIR: join(dataDir, String(port)) });
      started.push(running);
      return { ...running, name: `gateway ${index + 1}`, requests: () => requestLog(running.stdout()) };
    });
    // Both at once, as a deploy starts them: the migrations run once, the other waits for them.
    await Promise.all(gateways.map((gateway) => gateway.waitFor((out) => out.includes('Payson checkouts admin on'))));

    const proxy: RoundRobinProxy = await startRoundRobinProxy(proxyPort, [gatewayPort1, gatewayPort2]);
    started.push({ stop: () => proxy.close() });
    return { origin, gateways, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function requestLog(stdout: string): LoggedRequest[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LoggedRequest);
}
