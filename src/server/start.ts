import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { loadGatewayConfig } from '../gateway/config.ts';
import { createGateway } from '../gateway/create-gateway.ts';
import { exitWithReason } from './sandbox-exposure.ts';
import { serverTimeoutOptions } from './server-timeouts.ts';
import { describeSandboxAccounts, resolveUpstreams } from './upstreams.ts';

/** `npm start`: the gateway serving the built SPA, in sandbox mode unless live upstreams are configured. */
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const { gatewayEnv, sandbox } = await resolveUpstreams(process.env, host).catch(exitWithReason);
// In sandbox mode the dashboard's origin is this port under the loopback names; live mode names it (PUBLIC_ORIGIN).
const config = loadGatewayConfig(gatewayEnv, sandbox ? { sandboxPort: port } : {});
const logRequests = process.env.LOG_REQUESTS !== 'off';
const app = createGateway(config, {
  control: sandbox?.control,
  staticDir: resolve(import.meta.dirname, '../../dist'),
  logger: logRequests ? (line) => console.log(JSON.stringify(line)) : undefined,
});

const server = serve({ fetch: app.fetch, port, hostname: host, serverOptions: serverTimeoutOptions() }, () => {
  const url = `http://localhost:${port}`;
  console.log(`Payson checkouts admin on ${url} (${sandbox ? 'sandbox' : 'live'} mode)`);
  if (sandbox) console.log(describeSandboxAccounts());
});

function shutDown() {
  server.close();
  void sandbox?.close();
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
