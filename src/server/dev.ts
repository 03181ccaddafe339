import { serve } from '@hono/node-server';
import { createServer } from 'vite';
import { loadGatewayConfig } from '../gateway/config.ts';
import { createGateway } from '../gateway/create-gateway.ts';
import { openConfiguredDatabase, withSessionSecret } from './database.ts';
import { describeSandboxAccounts, resolveUpstreams } from './upstreams.ts';

/**
 * `npm run dev`: the gateway (and sandbox) on an internal port, with Vite's dev server in front for
 * hot reload. Vite forwards /api and /__sandbox to the gateway, keeping one origin for the browser.
 */
const port = Number(process.env.PORT ?? 4173);
const gatewayPort = port + 1;

const { gatewayEnv, sandbox } = await resolveUpstreams(process.env);
// Browsers reach the gateway through Vite, which passes their Host and Origin on: Vite's port is the origin.
const config = withSessionSecret(loadGatewayConfig(gatewayEnv, sandbox ? { sandboxPort: port } : {}), { live: !sandbox });
const app = createGateway(config, { database: await openConfiguredDatabase(config), control: sandbox?.control });
serve({ fetch: app.fetch, port: gatewayPort, hostname: '127.0.0.1' });

const target = `http://127.0.0.1:${gatewayPort}`;
const vite = await createServer({
  server: { port, strictPort: true, proxy: { '/api': { target }, '/__sandbox': { target } } },
});
await vite.listen();
vite.printUrls();
if (sandbox) console.log(describeSandboxAccounts());
