import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { loadGatewayConfig } from '../gateway/config.ts';
import { createGateway } from '../gateway/create-gateway.ts';
import { exitWithReason } from './sandbox-exposure.ts';
import { serverTimeoutOptions } from './server-timeouts.ts';
import { openConfiguredDatabase, withSessionSecret } from './database.ts';
import { describeSandboxAccounts, resolveUpstreams } from './upstreams.ts';

/** `npm start`: the gateway serving the built SPA, in sandbox mode unless live upstreams are configured. */
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const { gatewayEnv, sandbox } = await resolveUpstreams(process.env, host).catch(exitWithReason);
// In sandbox mode the dashboard's origin is this port under the loopback names; live mode names it (PUBLIC_ORIGIN).
const config = withSessionSecret(loadGatewayConfig(gatewayEnv, sandbox ? { sandboxPort: port } : {}), { live: !sandbox });
const database = await openConfiguredDatabase(config);
const logRequests = process.env.LOG_REQUESTS !== 'off';
const app = createGateway(config, {
  database,
  control: sandbox?.control,
  staticDir: resolve(import.meta.dirname, '../../dist'),
  logger: logRequests ? (line) => console.log(JSON.stringify(line)) : undefined,
});

const server = serve({ fetch: app.fetch, port, hostname: host, serverOptions: serverTimeoutOptions() }, () => {
  const url = `http://localhost:${port}`;
  console.log(`Payson checkouts admin on ${url} (${sandbox ? 'sandbox' : 'live'} mode)`);
  if (sandbox) console.log(describeSandboxAccounts());
});

/**
 * Graceful shutdown (a deploy, a scale-in): stop taking connections, let the requests in flight
 * finish, then close the database and the sandbox and exit 0. Idle keep-alive connections are
 * closed at once, or they would hold the server open. A second signal exits without waiting.
 */
let stopping = false;
async function shutDown() {
  if (stopping) process.exit(1);
  stopping = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  await closed;
  // The index's pass stops between pages (its cursor is saved) and gives its lease back before the database closes.
  await app.checkoutIndexer?.stop();
  await Promise.allSettled([database.close(), sandbox?.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void shutDown());
process.on('SIGTERM', () => void shutDown());
